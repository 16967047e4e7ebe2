package org.skillboard.base.yaml;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import org.skillboard.base.UserFacingException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How much of a YAML document is read: the nesting of lists and mappings, the aliases that
 * repeat a part of it and its length are bounded while it is read, so that a hostile or broken
 * file (200,000 {@code [}, a "billion laughs" of aliases, a file of gigabytes) is refused with a
 * message in the reader's language instead of exhausting the stack or the memory. The deepest
 * shipped file (framework, tenant, assessments or maturity) nests 5 levels and uses no alias.
 */
final class YamlLimits {

    /** Lists and mappings inside each other; a file of the formats needs 5. */
    static final int MAX_DEPTH = 50;
    /** Aliases ({@code *name}) in one document; the formats need none. */
    static final int MAX_ALIASES = 10;
    /** Characters in one file: the largest shipped file has 45,000. */
    static final int MAX_CHARS = 10 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(YamlLimits.class);

    private YamlLimits() {
    }

    /** The settings every YAML file is read with; snakeyaml's own limits stay as a second guard. */
    static LoadSettings settings(String file) {
        // YAML 1.2 core schema, so that ~ is null as people expect
        return LoadSettings.builder().setLabel(file).setSchema(new CoreSchema()).setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false).setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CHARS).build();
    }

    /**
     * The document's root node, composed within the limits.
     *
     * @throws UserFacingException naming file, line and limit, for a document beyond one of them; it is
     *     logged in one line, without a stack trace
     */
    static Optional<org.snakeyaml.engine.v2.nodes.Node> compose(String file, Reader reader) {
        LoadSettings settings = settings(file);
        try {
            Parser parser = new BoundedParser(file, new ParserImpl(settings,
                    new StreamReader(settings, new LimitedReader(file, reader))));
            return new Composer(settings, parser).getSingleNode();
        } catch (StackOverflowError deep) {
            // only a nesting the depth count did not see could get here; it is refused the same way
            throw refused(file, new UserFacingException("yaml.error.too-deep", file, 1, MAX_DEPTH));
        } catch (UserFacingException beyond) {
            throw refused(file, beyond);
        }
    }

    private static UserFacingException refused(String file, UserFacingException refusal) {
        log.warn("YAML file {} refused: {}", file, refusal.getMessage());
        return refusal;
    }

    /** Counts the lists and mappings open, and the aliases, as the composer takes each event. */
    private static final class BoundedParser implements Parser {

        private final String file;
        private final Parser parser;
        private int depth;
        private int aliases;

        BoundedParser(String file, Parser parser) {
            this.file = file;
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new UserFacingException("yaml.error.too-deep", file, line(event), MAX_DEPTH);
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            } else if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                throw new UserFacingException("yaml.error.too-many-aliases", file, line(event), MAX_ALIASES);
            }
            return event;
        }

        private static int line(Event event) {
            return event.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
        }
    }

    /** Stops reading at the most characters a file may have. */
    private static final class LimitedReader extends FilterReader {

        private final String file;
        private long read;

        LimitedReader(String file, Reader reader) {
            super(reader);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, (int) Math.min(length, MAX_CHARS + 1L - read));
            if (count > 0) {
                read += count;
            }
            if (read > MAX_CHARS) {
                throw new UserFacingException("yaml.error.too-long", file, MAX_CHARS);
            }
            return count;
        }
    }
}
