package vn.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their declared dependencies and expose only their public API. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(LiaisonApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "audit", "security", "organizations", "web");
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("target/spring-modulith-docs")).isDirectory();
    }
}
