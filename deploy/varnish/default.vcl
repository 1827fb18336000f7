# Varnish in front of the OCOP showcase's app servers (Varnish 7, VCL 4.1).
#
# What may be cached is the site's decision, not this file's: only responses
# that say "Cache-Control: public" are kept, for their s-maxage, which ends at
# the next five-minute mark of the clock (showcase/page_cache.py). Everything
# else, and every request from a signed-in editor or producer (a session or
# CSRF cookie), goes to the site each time.
#
# The site tells this cache what changed (showcase/frontend_cache.py), from
# the addresses in the "purgers" ACL only:
#   PURGE <path>   forget that path with every query string (?page=2, filters)
#   BAN <regex>    forget every URL of the request's Host that matches; BAN /
#                  forgets the whole site (a certificate, a decision, the taxonomy changed)
#
# servers.vcl (beside this file, or first in vcl_path) names the app servers
# (backends and the "app" director) and the "purgers" ACL: the part that
# differs from one installation to the next.
vcl 4.1;

import std;

include "servers.vcl";

sub vcl_recv {
    # The server is chosen when the request goes to one (vcl_backend_fetch).
    set req.backend_hint = app.backend(resolve=LAZY);

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            # By path, so that every query string of the page goes too; the site lists pages, not their filters.
            std.ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        } else {
            std.ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ " + req.url);
        }
        if (std.ban_error() != "") {
            return (synth(400, std.ban_error()));
        }
        return (synth(200, req.method + " done"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin and documents (which may be private) always come from the site.
    if (req.url ~ "^/(admin|django-admin|documents)/") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Signed in (the session cookie) or filling in a form (the CSRF cookie): the live site, for them alone.
    if (req.http.Cookie ~ "(^|;)\s*(sessionid|csrftoken)=") {
        return (pass);
    }
    # Other cookies change nothing the site shows, except the language cookie
    # where the URL names no language ("/", which the site redirects to the
    # visitor's language and never lets a cache keep): it stays, the rest go.
    if (req.http.Cookie) {
        set req.http.Cookie = ";" + req.http.Cookie;
        set req.http.Cookie = regsuball(req.http.Cookie, ";\s*", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(django_language)=", "; \1=");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    # Looked up by URL, Host and scheme (vcl_hash), nothing else: the language is in the URL.
    return (hash);
}

sub vcl_hash {
    # Behind a TLS proxy, a page asked for over plain HTTP gets the site's redirect
    # to HTTPS, never the HTTPS page: the scheme is part of what is looked up.
    # (Varnish's own hash, URL and Host, follows.)
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_fetch {
    # Each request to the app servers gets a key of its own (its transaction id),
    # which picks one server at random; a retry (vcl_backend_error) keeps the key
    # and takes the next server for it, never the one that just failed.
    if (bereq.retries == 0) {
        set bereq.http.x-shard-key = bereq.xid;
    }
    set bereq.backend = app.backend(by=KEY, key=app.key(bereq.http.x-shard-key), alt=bereq.retries);
}

sub vcl_backend_response {
    # Kept on the object for PURGE and BAN (bans on obj.* only, which Varnish's ban lurker can clear).
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");

    if (beresp.http.Cache-Control !~ "(^|,)\s*public\s*(,|$)" || beresp.http.Set-Cookie || beresp.http.Vary == "*") {
        # Not for a shared cache. Remembered for a few seconds as "ask the site"
        # (hit-for-miss), so requests are not queued behind each other, and a
        # later public answer is still kept.
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    # The site's s-maxage ends at the clock's mark, when "open now" or
    # "expiring" may change: no stale copy is served after it.
    set beresp.grace = 0s;
    return (deliver);
}

sub vcl_backend_error {
    # An app server that has just died refuses connections (or drops the ones it
    # was answering) for the few seconds its health check needs to notice
    # (servers.vcl's probe). A GET or HEAD changes nothing, so it is asked once
    # more, of the next server (vcl_backend_fetch): the visitor gets Varnish's 503
    # only when both fail. A request that ran out of first_byte_timeout is asked
    # again too; once, so a slow page costs the servers twice at most. Other
    # methods are never sent twice.
    # https://varnish-cache.org/docs/7.1/users-guide/vcl-built-in-subs.html#vcl-backend-error
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-host;
    unset resp.http.x-url;
    unset resp.http.x-path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
