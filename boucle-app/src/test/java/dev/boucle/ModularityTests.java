package dev.boucle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map holds: modules use only each other's public API, with no cycles. */
class ModularityTests {

    /**
     * The engines (boucle-comp's dev.boucle.comp) share the base package but are plain libraries
     * on the class path, not modules of the app: they are left out of the module model.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(BoucleApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("dev.boucle.comp.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
