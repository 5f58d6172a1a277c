package dev.boucle.platform;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a whole transaction once more when PostgreSQL aborted it for a transient reason: a
 * deadlock (40P01) or a serialization failure (40001). Applies to every {@code @Transactional}
 * method of Boucle, but only where the transaction starts: inside an outer transaction the
 * abort has already doomed the outer one, so the retry happens at the outermost boundary or
 * not at all, never as a partial re-run. Safe because a Boucle transaction's effects are all
 * in the database (mail goes through the outbox), and a rolled-back one left none. A second
 * failure is a {@link TransientFailure} (503 for the API).
 */
final class TransientRetry implements MethodInterceptor {

    /** SQLStates that mean "the transaction was rolled back, the same work may succeed now". */
    static final Set<String> TRANSIENT = Set.of("40P01", "40001");
    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) return invocation.proceed();
        // A copy taken before the first run: running the chain moves the invocation past its end.
        MethodInvocation again = ((org.springframework.aop.ProxyMethodInvocation) invocation).invocableClone();
        try {
            return invocation.proceed();
        } catch (RuntimeException first) {
            String state = transientState(first);
            if (state == null) throw first;
            log.info("Transaction of {} rolled back ({}); running it once more", name(invocation.getMethod()), state);
            try {
                return again.proceed();
            } catch (RuntimeException second) {
                if (transientState(second) == null) throw second;
                throw new TransientFailure(second);
            }
        }
    }

    /** The SQLState if any cause is a transient database error, else null. */
    static String transientState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && TRANSIENT.contains(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The database refused the work twice for a transient reason; the caller may try later. */
    public static final class TransientFailure extends RuntimeException {
        TransientFailure(Throwable cause) {
            super("transient database failure, retried once", cause);
        }
    }

    /** Boucle's transactional methods, advised outside (before) the transaction interceptor. */
    static final class Advisor extends StaticMethodMatcherPointcutAdvisor {
        Advisor() {
            super(new TransientRetry());
            // The transaction interceptor has the lowest precedence; this one wraps it.
            setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (!targetClass.getName().startsWith("dev.boucle.")) return false;
            return AnnotatedElementUtils.hasAnnotation(method, Transactional.class)
                    || AnnotatedElementUtils.hasAnnotation(targetClass, Transactional.class);
        }
    }
}
