# Kine as a container image.
#
#   docker build -t kine .
#   docker compose up          (PostgreSQL, Redis and Mailpit included; see docker-compose.yml)
#
# Nothing in the project needs Docker: without KINE_DB_URL and KINE_REDIS_URL the application
# starts an embedded PostgreSQL and Redis by itself.

# --- Build stage ----------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# The POMs alone first: the dependency layer below is reused until a POM changes, so editing
# Java code does not download the dependencies again. go-offline skips the project's own modules
# (they are built below, not downloaded).
COPY pom.xml ./
COPY shared-kernel/pom.xml shared-kernel/
COPY command-side/pom.xml command-side/
COPY query-side/pom.xml query-side/
COPY infra/pom.xml infra/
RUN mvn -B -q dependency:go-offline

COPY shared-kernel/src shared-kernel/src
COPY command-side/src command-side/src
COPY query-side/src query-side/src
COPY infra/src infra/src
RUN mvn -B -q -DskipTests package

# --- Runtime stage --------------------------------------------------------------------------------
# The Ubuntu variant of the Temurin JRE image, pinned by its "-noble" tag on purpose: it ships curl
# (kept by the image maintainers for compatibility), which the HEALTHCHECK below uses, so nothing is
# installed here. The Alpine and UBI variants do not carry curl, and a JRE cannot run a Java source
# file (no compiler), so switching variant means changing the HEALTHCHECK too, or leaving health to
# the orchestrator (Kubernetes ignores HEALTHCHECK and uses its own probes on
# /actuator/health/liveness and /actuator/health/readiness).
FROM eclipse-temurin:17-jre-noble

# A dedicated user without a login shell or home directory of its own; numeric ids so that
# platforms enforcing "run as non-root" can check them.
RUN groupadd --gid 10001 kine \
    && useradd --uid 10001 --gid kine --home-dir /app --no-create-home --shell /usr/sbin/nologin kine

WORKDIR /app
# The Spring Boot jar of the infra module; its name follows the version in pom.xml.
COPY --from=build /build/infra/target/infra-0.1.0-SNAPSHOT.jar /app/kine.jar
# Writable only for the embedded PostgreSQL and Redis, used when no KINE_DB_URL / KINE_REDIS_URL
# is given (their data goes to /app/.kine and is lost with the container).
RUN chown kine:kine /app

USER 10001:10001
EXPOSE 8080

# Ready means started, database and Redis reachable (management.endpoint.health.group.readiness).
# The start period leaves room for the database migrations and, with KINE_DEMO=true, the demo clinic.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl --fail --silent --show-error --output /dev/null http://127.0.0.1:8080/actuator/health/readiness || exit 1

# The heap follows the container's memory limit. More JVM options: JDK_JAVA_OPTIONS.
# The update checker would otherwise contact AxonIQ at start-up.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Daxoniq.update-checker.disabled=true", "-jar", "/app/kine.jar"]
