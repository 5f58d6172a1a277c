package dev.boucle.scheduler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Unmodifiable copies that keep nulls (inside and as the whole), so that a bad instance reaches
 * the validator, which names the field, instead of failing with a bare NullPointerException.
 */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(Collection<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    static <T> Set<T> set(Collection<T> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
