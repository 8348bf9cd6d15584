package org.cxloop.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for a test class, and the settings that point CX Loop's mail at it. In a test class:
 * <pre>
 * &#64;RegisterExtension
 * static GreenMailExtension greenMail = TestMailServer.start();
 *
 * &#64;DynamicPropertySource
 * static void mail(DynamicPropertyRegistry registry) {
 *     TestMailServer.receiveMail(greenMail, registry, "https://cx.example.com");
 * }
 * </pre>
 */
public final class TestMailServer {

    private TestMailServer() {
    }

    /** A server on a free port, without authentication, that lives as long as the test class. */
    public static GreenMailExtension start() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
                .withPerMethodLifecycle(false);
    }

    /** Sends CX Loop's mail to the server, with links in it pointing at {@code publicUrl}. */
    public static void receiveMail(GreenMailExtension server, DynamicPropertyRegistry registry, String publicUrl) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
        registry.add("cx.public-url", () -> publicUrl);
    }
}
