package dev.boucle.judge.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.verdict.Verdict;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The sandbox has its own network namespace with only a loopback of its own. */
class NetworkAttacksTest extends AttackTest {

    @Test
    void cannotReachAListenerOnTheHostsLoopback() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String connect = """
                    import socket
                    try:
                        socket.create_connection(("127.0.0.1", %d), timeout=1).send(b"hello")
                        print("LEAK")
                    except OSError:
                        print("SAFE")
                    """.formatted(listener.getLocalPort());
            assertVerdict(attack(safeProblem(), "python", connect), Verdict.AC);
            listener.setSoTimeout(200);
            boolean connected;
            try (var ignored = listener.accept()) {
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertThat(connected).as("the sandbox reached the host listener").isFalse();
        }
    }

    @Test
    void cannotResolveNamesOrReachTheInternet() {
        String dns = """
                import socket
                leaks = 0
                try:
                    socket.getaddrinfo("example.com", 80)
                    leaks += 1
                except OSError:
                    pass
                try:
                    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                    s.settimeout(1)
                    s.sendto(b"\\x00" * 12, ("8.8.8.8", 53))
                    s.recvfrom(512)
                    leaks += 1
                except OSError:
                    pass
                print("SAFE" if leaks == 0 else "LEAK")
                """;
        assertVerdict(attack(safeProblem().timeLimitMs(3000), "python", dns), Verdict.AC);
    }
}
