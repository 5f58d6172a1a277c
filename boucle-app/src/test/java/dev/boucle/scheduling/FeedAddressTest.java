package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feed addresses Boucle must not fetch from its own network (server-side request forgery). */
class FeedAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "240.0.0.1", "::1", "fe80::1", "fd00::1",
            "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "::ffff:10.0.0.1", "::ffff:100.64.0.1", "::"})
    void internal(String address) throws Exception {
        assertThat(FeedAddress.internal(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "100.63.255.255", "100.128.0.1", "198.17.255.255", "198.20.0.1", "2001:4860:4860::8888",
            "64:ff9b::808:808", "::ffff:8.8.8.8"})
    void external(String address) throws Exception {
        assertThat(FeedAddress.internal(InetAddress.getByName(address))).as(address).isFalse();
    }
}
