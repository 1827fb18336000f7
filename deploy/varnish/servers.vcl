# The app servers behind this Varnish, and who may purge it: what differs from one
# installation to the next. default.vcl includes this file.
#
# Add an app server: a backend block like the two below, a line in vcl_init, then
# `varnishreload` (or `varnishadm vcl.load new /etc/varnish/default.vcl && varnishadm vcl.use new`).
# Add its address to "purgers" too: every app server purges after a publish.

# Each server answers robots.txt without touching a page; one that fails three of
# five checks gets no requests until it answers again.
probe app_alive {
    .request =
        "GET /robots.txt HTTP/1.1"
        "Host: ocop.example.vn"
        "X-Forwarded-Proto: https"
        "Connection: close";
    .interval = 5s;
    .timeout = 2s;
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

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

# The app servers' addresses: only they may PURGE or BAN.
acl purgers {
    "127.0.0.1";
    "::1";
}
