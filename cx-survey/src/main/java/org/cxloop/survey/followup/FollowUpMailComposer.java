package org.cxloop.survey.followup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes the plain-text follow-up mails: the owner's notice of a case, the daily list of overdue cases (in
 * {@code cx.follow-up.mail-locale}) and the closing message to a customer (in the customer's language).
 */
@Component
class FollowUpMailComposer {

    private final JavaMailSender mailSender;
    private final MessageSource messages;
    private final String publicUrl;
    private final String from;
    private final Locale locale;
    private final DateTimeFormatter times;

    FollowUpMailComposer(JavaMailSender mailSender, MessageSource messages,
            @Value("${cx.public-url:http://localhost:8080}") String publicUrl,
            @Value("${cx.mail.from:CX Loop <surveys@cxloop.local>}") String from,
            @Value("${cx.follow-up.mail-locale:en}") String locale, @Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
        this.locale = Locale.forLanguageTag(locale);
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(this.locale).withZone(zone);
    }

    MimeMessage compose(StaffMail mail) throws MessagingException {
        var text = new StringBuilder(message("followUpMail.greeting", mail.recipientName())).append("\n\n");
        String subject;
        if (mail.digest()) {
            subject = message("followUpMail.digest.subject", mail.cases().size());
            text.append(message("followUpMail.digest.intro", mail.cases().size())).append("\n\n");
            for (var overdue : mail.cases()) {
                text.append("- ").append(summary(overdue)).append("\n  ")
                        .append(message("followUpMail.due", format(overdue.dueAt()))).append("\n  ")
                        .append(link(overdue)).append("\n");
            }
        } else {
            var opened = mail.cases().getFirst();
            subject = message("followUpMail.opened.subject", opened.customerName());
            text.append(message("followUpMail.opened.intro")).append("\n\n")
                    .append(summary(opened)).append("\n");
            if (opened.comment() != null) {
                text.append("\"").append(opened.comment()).append("\"\n");
            }
            text.append("\n").append(message("followUpMail.due", format(opened.dueAt()))).append("\n\n")
                    .append(message("followUpMail.open")).append("\n").append(link(opened)).append("\n");
        }
        var message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipientEmail());
        helper.setSubject(subject);
        helper.setText(text.toString());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** The short message to a customer whose case was closed, in the customer's language. */
    MimeMessage composeClosing(CustomerMail mail) throws MessagingException {
        var customerLocale = Locale.forLanguageTag(mail.locale() == null ? "en" : mail.locale());
        var text = messages.getMessage(mail.touchpointName() == null ? "followUpMail.closed.bodyGeneral" : "followUpMail.closed.body",
                new Object[] {mail.name(), mail.touchpointName()}, customerLocale);
        var message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.email());
        helper.setSubject(messages.getMessage("followUpMail.closed.subject", null, customerLocale));
        helper.setText(text);
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private String summary(CaseView view) {
        if (view.fromFeedback()) {
            return message("followUpMail.feedbackCase", view.customerName(), view.scoreLabel());
        }
        return message("followUpMail.case", view.customerName(), view.touchpointName(), view.surveyType().name(),
                view.score());
    }

    private String link(CaseView view) {
        return publicUrl + "/cases/" + view.id();
    }

    private String format(Instant instant) {
        return times.format(instant);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
