package dev.boucle.hiring;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and move what. Admins and recruiters run the whole pipeline; a hiring manager
 * sees and moves the applications of their own jobs; an interviewer sees only the candidates
 * whose rounds they are on the panel of, and moves nothing; the review committee sees the
 * candidates who reached the final review. Each check is one indexed query.
 */
@Component
public class HiringAccess {

    private final JdbcClient jdbc;

    HiringAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean runsPipeline(CurrentUser user) {
        return user.in(Team.RECRUITING);
    }

    public boolean canSeeApplication(CurrentUser user, long applicationId) {
        if (runsPipeline(user)) return true;
        return jdbc.sql("""
                select exists(select 1 from applications a join jobs j on j.id = a.job_id
                              where a.id = :app and (j.hiring_manager_id = :user and :hm))
                    or exists(select 1 from rounds r join round_panel p on p.round_id = r.id
                              where r.application_id = :app and p.user_id = :user)
                    or exists(select 1 from applications a where a.id = :app and :committee
                              and a.stage in ('FINAL_REVIEW', 'OFFER'))""")
                .param("app", applicationId).param("user", user.id())
                .param("hm", user.has(Role.HIRING_MANAGER)).param("committee", user.has(Role.COMMITTEE))
                .query(Boolean.class).single();
    }

    public boolean canMoveApplication(CurrentUser user, long applicationId) {
        if (runsPipeline(user)) return true;
        return user.has(Role.HIRING_MANAGER) && jdbc.sql("""
                select exists(select 1 from applications a join jobs j on j.id = a.job_id
                              where a.id = ? and j.hiring_manager_id = ?)""")
                .params(applicationId, user.id()).query(Boolean.class).single();
    }

    public boolean canSeePipeline(CurrentUser user, long jobId) {
        if (runsPipeline(user)) return true;
        return user.has(Role.HIRING_MANAGER) && jdbc.sql("select exists(select 1 from jobs where id = ? and hiring_manager_id = ?)")
                .params(jobId, user.id()).query(Boolean.class).single();
    }

    public boolean canSeeCandidate(CurrentUser user, long candidateId) {
        if (runsPipeline(user)) return true;
        return jdbc.sql("""
                select exists(select 1 from applications a join jobs j on j.id = a.job_id
                              where a.candidate_id = :c and j.hiring_manager_id = :user and :hm)
                    or exists(select 1 from rounds r join applications a on a.id = r.application_id
                              join round_panel p on p.round_id = r.id
                              where a.candidate_id = :c and p.user_id = :user)
                    or exists(select 1 from applications a where a.candidate_id = :c and :committee
                              and a.stage in ('FINAL_REVIEW', 'OFFER'))""")
                .param("c", candidateId).param("user", user.id())
                .param("hm", user.has(Role.HIRING_MANAGER)).param("committee", user.has(Role.COMMITTEE))
                .query(Boolean.class).single();
    }

    void require(boolean allowed) {
        if (!allowed) throw new AccessDeniedException("not related to this candidate");
    }
}
