package org.cxloop.survey.mail;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class JakartaMailSettingsTests {

    @Test
    void smtpSocketsAreOpenedWithoutNaglesDelay() throws Exception {
        var sender = new JavaMailSenderImpl();
        new JakartaMailSettings().postProcessBeforeInitialization(sender, "mailSender");

        var factory = (SocketFactory) sender.getSession().getProperties().get("mail.smtp.socketFactory");
        try (var socket = factory.createSocket()) {
            assertThat(socket.getTcpNoDelay()).isTrue();
        }
    }

    @Test
    void aSocketFactoryConfiguredByHandIsKept() {
        var sender = new JavaMailSenderImpl();
        sender.getJavaMailProperties().put("mail.smtp.socketFactory.class", "com.example.OwnFactory");
        new JakartaMailSettings().postProcessBeforeInitialization(sender, "mailSender");

        assertThat(sender.getJavaMailProperties()).doesNotContainKey("mail.smtp.socketFactory");
    }

    @Test
    void namesTheStreamProviderSoNoBodyPartScansTheClassPath() {
        new JakartaMailSettings();

        assertThat(System.getProperty(JakartaMailSettings.STREAM_PROVIDER)).isEqualTo(JakartaMailSettings.ANGUS_STREAM_PROVIDER);
    }
}
