# The app servers behind this Varnish, and who may purge it: what differs from one
# installation to the next. default.vcl includes this file.
#
# Add an app server: a backend block like the two below, an add_backend line in vcl_init, then
# `varnishreload` (or `varnishadm vcl.load new /etc/varnish/default.vcl && varnishadm vcl.use new`).
# Add its address to "purgers" too: every app server purges after a publish.

# Each server answers robots.txt without touching a page; one that fails three of
# five checks gets no requests until it answers again.
#
# The check asks whether a server is alive, not whether it is quick, so it waits
# as long as a visitor's request may (first_byte_timeout). A busy server's answer
# waits its turn behind the visitors' requests in gunicorn's backlog: under the
# load test (make load-topology) from 5 s to 30 s, and with a 2 s timeout both
# servers were taken out at once, which made every page not in the cache a 503.
# A dead server refuses the connection at once, which fails the check whatever
# the timeout; a hung one is taken out after three timeouts, its visitors'
# requests meanwhile waiting first_byte_timeout, then going to the other server
# (default.vcl's vcl_backend_error).
probe app_alive {
    .request =
        "GET /robots.txt HTTP/1.1"
        "Host: ocop.example.vn"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 5s;
    .timeout = 60s;
    .window = 5;
    .threshold = 3;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = app_alive;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "8002";
    .probe = app_alive;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

import directors;

# A shard director rather than round robin: it can name "the next server" for a
# retry (default.vcl's vcl_backend_fetch), which round robin cannot; each request
# still goes to a server chosen at random, so the load is spread the same way.
sub vcl_init {
    new app = directors.shard();
    app.add_backend(app1);
    app.add_backend(app2);
    app.reconfigure();
}

# The app servers' addresses: only they may PURGE or BAN.
acl purgers {
    "127.0.0.1";
    "::1";
}
