package dev.boucle.platform;

import java.beans.PropertyEditorSupport;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL text cannot hold the NUL character: a value carrying one fails at the insert,
 * after validation, as a server error. It is refused where it comes in instead, in JSON
 * bodies (the field is named) and in query and path parameters (the parameter is named).
 */
@Configuration(proxyBeanMethods = false)
class NulFreeText {

    static final char NUL = '\u0000';

    @Bean
    JsonMapperBuilderCustomizer nulFreeStrings() {
        return builder -> builder.addModule(new SimpleModule("nul-free-text").addDeserializer(String.class, new Strings()));
    }

    static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw ctxt.weirdStringException(value, String.class, "contains a NUL character");
            }
            return value;
        }
    }

    /** For {@code @InitBinder}: request parameters bound to strings refuse the character too. */
    static final class Editor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf(NUL) >= 0) throw new IllegalArgumentException("contains a NUL character");
            setValue(text);
        }
    }
}
