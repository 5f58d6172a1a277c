package dev.boucle.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node at a time, however many nodes share the database. The job's
 * name is taken as a PostgreSQL advisory lock ({@code pg_try_advisory_xact_lock}) in a short
 * transaction on a connection of its own, held while the job runs; a node that finds the lock
 * taken skips this turn instead of waiting, and its next turn comes soon enough.
 *
 * <p>Why a connection of its own rather than the job's transaction: the jobs commit as they go
 * (a batch of mail, one feed), so a crash mid-run keeps what was done, and the lock must outlast
 * those commits. Why a transaction-scoped lock rather than a session one: the pool may hand the
 * connection to someone else if anything goes wrong, and a rollback, which the pool does on
 * return, always frees an {@code xact} lock, so it can never leak. A node that dies drops its
 * connection, and PostgreSQL frees the lock with it.
 */
@Component
public class OncePerCluster {

    /** First half of every Boucle job lock, so they never meet another application's advisory locks. */
    private static final int NAMESPACE = 0x426f75; // "Bou"
    private static final Logger log = LoggerFactory.getLogger(OncePerCluster.class);
    private final DataSource dataSource;

    OncePerCluster(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code job} if no other node is running the job of this name; true if it ran here. */
    public boolean run(String name, Runnable job) {
        try (Connection lock = dataSource.getConnection()) {
            boolean autoCommit = lock.getAutoCommit();
            lock.setAutoCommit(false);
            try {
                if (!tryLock(lock, name)) {
                    log.debug("job {} is running on another node; skipped here", name);
                    return false;
                }
                job.run();
                return true;
            } finally {
                lock.rollback(); // ends the transaction, which frees the lock; it wrote nothing
                lock.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not take the lock of job " + name, e);
        }
    }

    private static boolean tryLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select pg_try_advisory_xact_lock(?, hashtext(?))")) {
            st.setInt(1, NAMESPACE);
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
