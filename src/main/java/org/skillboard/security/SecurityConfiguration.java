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
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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
            PasswordEncoder encoder, LoginThrottle throttle, ApplicationEventPublisher events,
            AccountStanding standing) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/frontend-static/**", "/webjars/**", "/images/**").permitAll());
        // the only way in: no parent manager that would check the password again without throttling
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(users, encoder, throttle);
        // hashes of an older kind (bcrypt from tenant files) become Argon2id at the next sign-in
        provider.setUserDetailsPasswordService(users);
        ProviderManager passwords = new ProviderManager(provider);
        passwords.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(passwords);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's configurer, so that its login view is known when form login initialises
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        http.addFilterBefore(loginCsrf(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new StandingFilter(standing), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Vaadin's configurer exempts the login form's POST from CSRF protection; this puts
     * it back, so that another site cannot sign a browser in to an account of its
     * choosing (login CSRF). Vaadin's login form sends the token from the page's
     * {@code _csrf} meta tag; a post without it goes back to the login page.
     */
    private static CsrfFilter loginCsrf() {
        CsrfFilter filter = new CsrfFilter(new HttpSessionCsrfTokenRepository());
        filter.setRequireCsrfProtectionMatcher(PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, "/login"));
        filter.setAccessDeniedHandler((request, response, refused) ->
                response.sendRedirect(request.getContextPath() + "/login?error=expired"));
        // a name of its own, or the CSRF filter that ran before would make it skip the request
        filter.setBeanName("loginCsrfFilter");
        return filter;
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
        // Argon2id for new passwords; bcrypt hashes (tenant files) still verify and are upgraded at sign-in
        String argon2 = "argon2";
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    /** Publishes refused access (views and service methods) so that it can be logged. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
