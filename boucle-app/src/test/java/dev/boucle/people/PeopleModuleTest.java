package dev.boucle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.ModuleTestSupport;
import dev.boucle.platform.BadInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * People on its own, with platform: users are created with their roles, read back in one batch
 * as the other modules read them, and a refused user leaves nothing behind.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class PeopleModuleTest extends ModuleTestSupport {

    @Autowired UserAdministration administration;
    @Autowired Users users;

    @Test
    void usersAreReadBackInOneBatchWithTheirTeams() {
        CurrentUser ines = administration.create(new UserAdministration.NewUser("ines-module@example.com", "Inès Module",
                List.of("interviewer"), "fr", null));
        CurrentUser bruno = administration.create(new UserAdministration.NewUser("bruno-module@example.com", "Bruno Module",
                List.of("recruiter"), "en", null));

        List<Person> people = users.people(List.of(ines.id(), bruno.id()));

        assertThat(people).extracting(Person::name).containsExactly("Bruno Module", "Inès Module");
        assertThat(people.get(1).in(Team.PANELISTS)).isTrue();
        assertThat(people.get(0).in(Team.PANELISTS)).isFalse();
        assertThat(people.get(0).in(Team.RECRUITING)).isTrue();
        assertThat(users.names(List.of(ines.id()))).containsEntry(ines.id(), "Inès Module");
    }

    @Test
    void aRefusedUserNamesTheFieldsAndLeavesNothingBehind() {
        assertThatThrownBy(() -> administration.create(new UserAdministration.NewUser("not-an-address", "Nobody",
                List.of("wizard"), "en", "short")))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("email", "roles", "password"));
        assertThat(users.byEmail("not-an-address")).isEmpty();
    }
}
