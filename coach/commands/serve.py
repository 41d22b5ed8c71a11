"""`coach serve`: the leader's app in a browser tab on this machine (`coach reflect --serve`
serves the employee's the same way)."""

from __future__ import annotations

import shlex
import sys

from coach.commands import later


def register(sub, _) -> None:
    cmd = sub.add_parser("serve", help=_("serve.cli.help"), description=_("serve.cli.help"))
    add_serve_options(cmd, _)
    cmd.set_defaults(func=run_serve)


def add_serve_options(cmd, _) -> None:
    """--port, --host and --open, for `coach serve` and `coach reflect --serve`."""
    cmd.add_argument("--port", metavar="N", type=int, default=0, help=_("serve.cli.port"))
    cmd.add_argument("--host", metavar="ADDRESS", default="127.0.0.1", help=_("serve.cli.host"))
    cmd.add_argument("--open", action="store_true", help=_("serve.cli.open"))


def run_serve(args, ctx) -> int:
    return serve(args, ctx, [], title=ctx._("serve.page.title"))


def serve(args, ctx, coach_args: list[str], *, title: str) -> int:
    """Serve ``coach --data-dir D --lang L COACH_ARGS`` (one process per browser tab) until
    ctrl+c. Every served process gets the same data directory and language as this one,
    and reads the same config file (the environment is passed on)."""
    address = later.loopback_address(args.host)
    if address is None:
        ctx.warn("serve.not_loopback", host=args.host)
        return 2
    try:
        bind, server_class = later.bind, later.CoachServer  # imports textual-serve
    except ImportError as exc:
        ctx.warn("serve.no_textual_serve", reason=exc)
        return 1
    try:
        sock = bind(address, args.port)
    except OSError as exc:
        ctx.warn("serve.port_busy", host=later.url_host(address), port=args.port,
                 reason=exc.strerror or exc)
        return 2
    argv = [sys.executable, "-m", "coach", "--data-dir", str(ctx.data_dir.resolve()),
            "--lang", ctx.lang, *coach_args]
    # exec: the served process is coach itself, not a shell around it, so a signal sent
    # to it (SIGTERM, SIGHUP) reaches coach, which saves what was typed before it stops.
    server = server_class("exec " + shlex.join(argv), sock, lang=ctx.lang, title=title,
                          launch=later.new_secret() if args.open else None)
    ctx.say("serve.url", url=server.url)
    ctx.say("serve.stop")
    ctx.out.flush()
    if args.open:
        # The one-time address, not the secret one: a browser's command line can be read by
        # every account on the machine; this address is spent once the browser opens it.
        ctx.say("serve.opening")
        later.webbrowser.open(server.launch_url or server.url)
    try:
        server.serve()
    finally:
        sock.close()
    ctx.say("serve.stopped")
    return 0
