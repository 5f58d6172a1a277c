package dev.boucle.scheduling;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many interviews a week each interviewer has agreed to, read in one batch for reports that
 * hold someone's load against it (analytics). Someone with no profile has no cap: absent from
 * the answer. No access check: the caller checks its own reader's rights.
 */
@Service
@Transactional(readOnly = true)
public class WeeklyCaps {

    private final JdbcClient jdbc;

    WeeklyCaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Integer> of(Collection<Long> interviewers) {
        Map<Long, Integer> caps = new HashMap<>();
        if (interviewers.isEmpty()) return caps;
        jdbc.sql("select user_id, max_per_week from interviewer_profiles where user_id = any(?)")
                .param(interviewers.stream().distinct().toArray(Long[]::new))
                .query(rs -> { caps.put(rs.getLong(1), rs.getInt(2)); });
        return caps;
    }
}
