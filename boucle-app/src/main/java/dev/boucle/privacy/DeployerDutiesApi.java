package dev.boucle.privacy;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The deployer's AI Act duties as declared, for admins: read, and replace (each change kept). */
@ApiController("/api/v1/compliance/deployer-duties")
class DeployerDutiesApi {

    record View(DeployerDuties.Duties duties, java.util.List<DeployerDuties.Missing> missing) {}

    private final DeployerDuties duties;

    DeployerDutiesApi(DeployerDuties duties) {
        this.duties = duties;
    }

    @GetMapping
    @Team.Admins
    View current() {
        DeployerDuties.Duties d = duties.current();
        return new View(d, d.missing());
    }

    @PutMapping
    @Team.Admins
    View update(@RequestBody DeployerDuties.Change change) {
        DeployerDuties.Duties d = duties.update(change, CurrentUser.get());
        return new View(d, d.missing());
    }
}
