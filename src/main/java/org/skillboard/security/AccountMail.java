package org.skillboard.security;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends invitation and password-reset links by e-mail, in the recipient's language,
 * once the transaction that made the link has committed. Without mail settings
 * ({@code SPRING_MAIL_HOST}) nothing is sent and the links are shown to the
 * administrator instead; a failed send is logged and never undoes the change.
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final I18NProvider texts;
    private final String from;

    AccountMail(ObjectProvider<JavaMailSender> sender, I18NProvider texts,
            @Value("${skillboard.mail.from:skillboard@localhost}") String from) {
        this.sender = sender;
        this.texts = texts;
        this.from = from;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** @return whether a message will be sent */
    boolean invitation(String to, Locale locale, String name, String organisation, String login, String link,
            Instant expires) {
        return send(to, locale, "mail.invitation.subject", "mail.invitation.body",
                name, organisation, login, link, format(expires, locale));
    }

    boolean reset(String to, Locale locale, String name, String link, Instant expires) {
        return send(to, locale, "mail.reset.subject", "mail.reset.body", name, link, format(expires, locale));
    }

    private boolean send(String to, Locale locale, String subjectKey, String bodyKey, Object... arguments) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(texts.getTranslation(subjectKey, locale, arguments));
        message.setText(texts.getTranslation(bodyKey, locale, arguments));
        Runnable sending = () -> {
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Could not send {} to {}: {}", subjectKey, to, e.getMessage());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sending.run();
                }
            });
        } else {
            sending.run();
        }
        return true;
    }

    private static String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
