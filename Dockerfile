# Skillboard container image: build with the Maven wrapper, run on a JRE as a non-root user.
# No Docker engine runs on the development machines, so CI does not build this image.

# ---- build -------------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build

# Maven wrapper and POM first: the dependency layer is rebuilt only when pom.xml changes.
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline

# Sources, plus our plain custom elements in frontend/ (copied into the jar by Maven).
# Vaadin's pre-compiled bundle is used as is: no Node or npm in this stage
# (docs/decisions/0001-no-frontend-build.md).
COPY src src
COPY frontend frontend
RUN ./mvnw -B -q package -DskipTests

# ---- run ---------------------------------------------------------------------
FROM eclipse-temurin:21-jre

# curl only for the health check below.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# A fixed, unprivileged uid, so that mounted volumes can be given to it.
RUN groupadd --system --gid 10001 skillboard \
    && useradd --system --uid 10001 --gid skillboard --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin skillboard

WORKDIR /app
COPY --from=build /build/target/skillboard-0.1.0-SNAPSHOT.jar app.jar
# Tenants as code, read from ./tenants (SKILLBOARD_TENANTS_DIR) at start-up.
COPY tenants tenants
# Without the mariadb profile the app keeps an H2 file database under ./data:
# mount a volume at /app/data to keep it.
RUN mkdir -p /app/data && chown skillboard:skillboard /app/data

USER skillboard
EXPOSE 8080

# /actuator/health is open to anonymous callers and answers 503 when the app is down.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1

# The heap follows the container's memory limit.
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-jar","/app/app.jar"]
