package org.skillboard.framework;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.skillboard.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A framework file as the administrator uploads it, YAML or workbook: read on the server up
 * to its limit and one byte more, whatever the browser was told, so that a file beyond the
 * limit is refused while it is read, never held whole in memory, and nothing is stored.
 */
@Service
public class FrameworkUploads {

    private static final long MEGABYTE = 1024 * 1024;

    private final FrameworkInstaller installer;
    private final long maxBytes;

    /**
     * @param maxBytes the largest framework file (configurable: {@code skillboard.upload.framework-max-bytes});
     *     the largest demo file has 12 kB
     */
    FrameworkUploads(FrameworkInstaller installer,
            @Value("${skillboard.upload.framework-max-bytes:2097152}") long maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("framework upload limit out of range: " + maxBytes);
        }
        this.installer = installer;
        this.maxBytes = maxBytes;
    }

    /** The largest framework file the server takes, in bytes. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads an uploaded framework file, at most the limit and one byte, and installs it as
     * {@link FrameworkInstaller#importFile} or {@link FrameworkInstaller#importWorkbook} do.
     *
     * @throws UserFacingException for a file larger than the limit, naming it; nothing was stored
     * @throws IOException if the upload itself cannot be read
     */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public FrameworkInstaller.ImportResult importUpload(String fileName, InputStream upload) throws IOException {
        byte[] content = upload.readNBytes((int) (maxBytes + 1));
        if (content.length > maxBytes) {
            throw new UserFacingException("framework-upload.too-large", BigDecimal.valueOf(maxBytes)
                    .divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.CEILING).stripTrailingZeros());
        }
        // a zip archive is read as a workbook whatever its name; a file named as a workbook is read as one
        // too, so that a CSV or an old .xls renamed .xlsx hears what it is rather than what YAML it is not
        return isZip(content) || namedAsWorkbook(fileName)
                ? installer.importWorkbook(fileName, new ByteArrayInputStream(content))
                : installer.importFile(fileName, new String(content, UTF_8));
    }

    private static boolean namedAsWorkbook(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
