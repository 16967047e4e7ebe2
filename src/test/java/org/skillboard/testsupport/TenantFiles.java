package org.skillboard.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.skillboard.security.SystemIdentity;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.tenantfiles.TenantFileLoader.Outcome;

/**
 * Loads tenant files in a test as the application does at start-up: as the application's own
 * identity, since the loader refuses everyone else. Inject it where a test loads tenant files
 * ({@code @Autowired TenantFiles loader}); the calls read as the loader's.
 */
public class TenantFiles {

    private final TenantFileLoader loader;

    TenantFiles(TenantFileLoader loader) {
        this.loader = loader;
    }

    public List<Outcome> loadAll(Path directory) {
        return SystemIdentity.call(() -> loader.loadAll(directory));
    }

    public Outcome load(String label, String folderName, String content) {
        return SystemIdentity.call(() -> loader.load(label, folderName, content));
    }

    public Outcome load(String label, String folderName, String content,
            Function<String, Optional<String>> frameworkFiles) {
        return SystemIdentity.call(() -> loader.load(label, folderName, content, frameworkFiles));
    }

    public Outcome load(String label, String folderName, String content,
            Function<String, Optional<String>> frameworkFiles, Function<String, Optional<String>> tenantFiles) {
        return SystemIdentity.call(() -> loader.load(label, folderName, content, frameworkFiles, tenantFiles));
    }
}
