package dev.boucle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map holds: modules use only each other's public API, with no cycles. */
class ModularityTests {

    /** The engines (judge, comp, scheduler) share the dev.boucle root but are libraries the modules use, not modules. */
    static final ApplicationModules MODULES = ApplicationModules.of(BoucleApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "dev.boucle.judge..", "dev.boucle.comp..", "dev.boucle.scheduler.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
