package org.cxloop.survey.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a batch of mails, opened on the first mail and closed with the batch: a campaign no
 * longer pays a TCP connect, a greeting and EHLO (and TLS and AUTH, where configured) for every mail. Opens it the
 * way {@link JavaMailSenderImpl} does, with its session, host, port and credentials; a mail that fails on a
 * connection that had already carried mail is tried once more on a fresh one (the server may have closed an idle
 * connection). A sender that is not a {@code JavaMailSenderImpl} sends each mail on its own.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSender sender;
    private Transport transport;
    private boolean used;

    SmtpConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    void send(MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            sender.send(message);
            return;
        }
        prepare(message);
        var recipients = message.getAllRecipients();
        try {
            connection(impl).sendMessage(message, recipients == null ? new Address[0] : recipients);
        } catch (MessagingException e) {
            var reused = used;
            close();
            if (!reused) {
                throw e;
            }
            connection(impl).sendMessage(message, recipients == null ? new Address[0] : recipients);
        }
        used = true;
    }

    private Transport connection(JavaMailSenderImpl impl) throws MessagingException {
        if (transport == null) {
            var username = "".equals(impl.getUsername()) ? null : impl.getUsername();
            var password = username == null && "".equals(impl.getPassword()) ? null : impl.getPassword();
            var session = impl.getSession();
            var protocol = impl.getProtocol() != null ? impl.getProtocol()
                    : session.getProperty("mail.transport.protocol") != null ? session.getProperty("mail.transport.protocol")
                    : JavaMailSenderImpl.DEFAULT_PROTOCOL;
            var opened = session.getTransport(protocol);
            opened.connect(impl.getHost(), impl.getPort(), username, password);
            transport = opened;
            used = false;
        }
        return transport;
    }

    /** What JavaMailSenderImpl does before sending: a date, the headers saved, an explicit Message-ID kept. */
    private static void prepare(MimeMessage message) throws MessagingException {
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        var messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The mails went or were handed to retries already; a failed QUIT changes nothing.
            }
            transport = null;
        }
    }
}
