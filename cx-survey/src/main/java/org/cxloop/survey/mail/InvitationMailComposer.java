package org.cxloop.survey.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.IntStream;
import org.cxloop.survey.invitation.InvitationTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the invitation mail in the customer's language: HTML with the first question's scale as links (a click
 * opens the survey with that score chosen), a plain-text part, and one-click unsubscribe headers (RFC 8058).
 */
@Component
class InvitationMailComposer {

    private final JavaMailSender mailSender;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final InvitationTokens tokens;
    private final String publicUrl;
    private final String from;

    InvitationMailComposer(JavaMailSender mailSender, TemplateEngine templates, MessageSource messages,
            InvitationTokens tokens, @Value("${cx.public-url:http://localhost:8080}") String publicUrl,
            @Value("${cx.mail.from:CX Loop <surveys@cxloop.local>}") String from) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.messages = messages;
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    MimeMessage compose(OutboxMail mail) throws MessagingException {
        var locale = mail.locale();
        var token = tokens.tokenFor(mail.invitationId(), mail.nonce());
        var surveyUrl = publicUrl + "/s/" + token;
        var unsubscribeUrl = surveyUrl + "/unsubscribe";
        var type = mail.survey().type();
        var context = new Context(locale);
        context.setVariable("name", mail.customerName());
        context.setVariable("question", mail.survey().question(locale));
        context.setVariable("touchpoint", mail.touchpointName());
        context.setVariable("surveyUrl", surveyUrl);
        context.setVariable("unsubscribeUrl", unsubscribeUrl);
        context.setVariable("scores", IntStream.rangeClosed(type.min(), type.max()).boxed().toList());
        context.setVariable("lowLabel", messages.getMessage("scale." + type + ".low", null, locale));
        context.setVariable("highLabel", messages.getMessage("scale." + type + ".high", null, locale));
        context.setVariable("reminder", mail.reminder());
        var expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(mail.expiresAt().atZone(ZoneOffset.UTC));
        context.setVariable("expires", expires);

        var subject = messages.getMessage(mail.reminder() ? "mail.reminder.subject" : "mail.invitation.subject",
                null, locale);
        var text = String.join("\n\n",
                messages.getMessage("mail.greeting", new Object[] {mail.customerName()}, locale),
                messages.getMessage("mail.intro", new Object[] {mail.touchpointName()}, locale),
                mail.survey().question(locale),
                messages.getMessage("mail.answerHere", null, locale) + "\n" + surveyUrl,
                messages.getMessage("mail.expires", new Object[] {expires}, locale),
                messages.getMessage("mail.unsubscribe", null, locale) + "\n" + unsubscribeUrl);

        var message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.email());
        helper.setSubject(subject);
        helper.setText(text, templates.process("mail/invitation", context));
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        // JavaMailSenderImpl keeps an explicit Message-ID through saveChanges(): bounce reports name the mail by it.
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }
}
