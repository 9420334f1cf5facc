package scot.sds.portal.shared.database;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that could not be reached for the moment (restarting, or the network to it down) from a fault
 * in the portal, so that people can be told to try again in a minute rather than that something is broken.
 */
public final class DatabaseUnavailable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {}

    /**
     * Whether the failure of {@code what} says the database could not be reached; if so, a warning with the root
     * cause goes to the log, without a stack trace, which would say nothing more.
     */
    public static boolean explains(Throwable failure, String what) {
        if (!causedBy(failure)) {
            return false;
        }
        LOG.warn("{} failed, as the database could not be reached: {}", what,
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        return true;
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
