package org.cxloop.survey.mail;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Settings every SMTP session of CX Loop gets, whatever {@code spring.mail.properties} says besides (an explicit
 * setting there wins):
 * <ul>
 * <li>{@code TCP_NODELAY} on the SMTP sockets ({@link NoDelaySocketFactory}).</li>
 * <li>Jakarta Mail's stream provider named by the system property {@code jakarta.mail.util.StreamProvider}: without
 * it every encoded body part looks the provider up with a {@code ServiceLoader} scan of the class path, which was
 * half the sender's CPU in a campaign.</li>
 * </ul>
 */
@Component
class JakartaMailSettings implements BeanPostProcessor {

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    JakartaMailSettings() {
        if (System.getProperty(STREAM_PROVIDER) == null && present(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            var properties = sender.getJavaMailProperties();
            if (!properties.containsKey("mail.smtp.socketFactory") && !properties.containsKey("mail.smtp.socketFactory.class")) {
                properties.put("mail.smtp.socketFactory", NoDelaySocketFactory.getDefault());
            }
        }
        return bean;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JakartaMailSettings.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
