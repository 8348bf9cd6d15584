# Builds and runs CX Loop. Used by docker-compose.yml; the build needs only Maven Central.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY cx-core/pom.xml cx-core/
COPY cx-journey/pom.xml cx-journey/
COPY cx-survey/pom.xml cx-survey/
COPY cx-metrics/pom.xml cx-metrics/
COPY cx-web/pom.xml cx-web/
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY . .
RUN ./mvnw -B -q -DskipTests package && cp cx-web/target/cx-web-*.jar /src/cx-loop.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 cxloop && mkdir -p /data && chown cxloop /data
USER cxloop
WORKDIR /app
COPY --from=build /src/cx-loop.jar /app/cx-loop.jar
ENV CX_DATA_DIR=/data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080' || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/cx-loop.jar"]
