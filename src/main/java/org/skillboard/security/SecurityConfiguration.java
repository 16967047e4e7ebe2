package org.skillboard.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.List;
import org.skillboard.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What Vaadin's pre-compiled bundle needs: its scripts use inline code and
     * eval, its styles inline styles; the UI talks to its own origin only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SkillboardUserDetailsService users,
            PasswordEncoder encoder, LoginThrottle throttle, ApplicationEventPublisher events) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/frontend-static/**", "/webjars/**", "/images/**").permitAll());
        // the only way in: no parent manager that would check the password again without throttling
        ProviderManager passwords = new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle));
        passwords.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(passwords);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's configurer, so that its login view is known when form login initialises
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /**
     * Security headers on every response, including those Vaadin serves outside the
     * security filter chain (the login view and its bootstrap page).
     */
    @Bean
    FilterRegistrationBean<HeaderWriterFilter> securityHeaders() {
        HeaderWriterFilter filter = new HeaderWriterFilter(List.of(
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new XContentTypeOptionsHeaderWriter(),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.SAME_ORIGIN)));
        filter.setShouldWriteHeadersEagerly(true);
        FilterRegistrationBean<HeaderWriterFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes refused access (views and service methods) so that it can be logged. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
