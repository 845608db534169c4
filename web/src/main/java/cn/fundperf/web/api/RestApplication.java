package cn.fundperf.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under /api: same services, authorization and data scope as the screens. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
