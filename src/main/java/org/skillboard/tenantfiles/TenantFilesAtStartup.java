package org.skillboard.tenantfiles;

import java.nio.file.Path;
import org.skillboard.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the tenant folder named by {@code skillboard.tenants.dir} when the app starts, as the application. */
@Component
@Order(10)
class TenantFilesAtStartup implements ApplicationRunner {

    private final TenantFileLoader loader;
    private final Path directory;

    TenantFilesAtStartup(TenantFileLoader loader, @Value("${skillboard.tenants.dir:./tenants}") Path directory) {
        this.loader = loader;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.call(() -> loader.loadAll(directory));
    }
}
