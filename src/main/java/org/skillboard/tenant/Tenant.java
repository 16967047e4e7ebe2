package org.skillboard.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** An organisation using Skillboard. The tenant table itself is the one table that spans tenants. */
@Entity
class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(name = "default_locale", nullable = false)
    private String defaultLocale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status = TenantStatus.ACTIVE;

    /** Demo tenants come from the shipped tenant files and carry demo logins. */
    private boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Tenant() {
    }

    Tenant(String slug, String name, Locale defaultLocale, boolean demo) {
        this.slug = slug;
        this.name = name;
        this.defaultLocale = defaultLocale.toLanguageTag();
        this.demo = demo;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public Locale getDefaultLocale() {
        return Locale.forLanguageTag(defaultLocale);
    }

    void setDefaultLocale(Locale locale) {
        this.defaultLocale = locale.toLanguageTag();
    }

    public TenantStatus getStatus() {
        return status;
    }

    void setStatus(TenantStatus status) {
        this.status = status;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
