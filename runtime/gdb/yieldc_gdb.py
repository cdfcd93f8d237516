# yieldc_gdb.py -- gdb support for the C that yieldc generates.
#
# Load it in gdb (or in ~/.gdbinit):
#     source /usr/local/share/yieldc/gdb/yieldc_gdb.py
# (`yieldc --gdb-script` prints where the installed copy is.)
#
# What it gives:
# - a pretty-printer for every generator frame (a struct whose first member
#   is `yc_state`): `print g` shows
#       walk: suspended at tree_walk.c:60 (resume point 1) = {n = 0x..., left = 3,
#             [yield from] = walk: suspended at ...}
#   with the parameters and locals the frame keeps, by their own names, the
#   last value yielded, the result once done, and the sub-generator a
#   `yield from` is delegating to;
# - a frame filter: `bt` shows a generator's body as the generator itself
#   ("walk" rather than "walk__body") and hides the scaffolding between it
#   and the call of yc_next / yc_send / yc_close (NAME__istep, NAME__inext,
#   NAME__next, ...; `bt -no-filters` shows them);
# - the command `yc-step`: `step`, through that scaffolding, into the body
#   of the generator that `yc_next(&g)` (or yc_send, yc_close) resumes;
# - the command `yc-next`: at a yield (or `yield from`), run until this same
#   generator resumes after it, as `next` would in a stackful coroutine
#   (plain `next` leaves the body: the generator returns to its caller at
#   every yield).
import re

import gdb

try:
    from gdb.FrameDecorator import FrameDecorator
except ImportError:     # gdb without frame filters
    FrameDecorator = None

# The functions yieldc writes around a body, for generator NAME.
SCAFFOLDING = ("istep", "inext", "isend", "iclose", "next", "send", "close", "h_next", "h_done",
               "h_close", "kind")
SCAFFOLDING_RE = re.compile(r"^(\w+?)__(%s)$" % "|".join(SCAFFOLDING))
BODY_RE = re.compile(r"^(\w+?)__body$")


def _is_frame_type(t):
    t = t.strip_typedefs()
    if t.code != gdb.TYPE_CODE_STRUCT:
        return False
    fields = t.fields()
    return len(fields) > 0 and fields[0].name == "yc_state"


def _fields(t):
    """The named fields of a struct, those of anonymous unions and structs
    inside it included."""
    for f in t.strip_typedefs().fields():
        if f.name:
            yield f.name
        elif f.type is not None:
            yield from _fields(f.type)


def _state_limits(state):
    """done, running: the largest value of the state's type, and one less."""
    bits = state.type.strip_typedefs().sizeof * 8
    done = (1 << bits) - 1
    return done, done - 1


_LABELS = {}


def _labels_in_blocks(function):
    """The label symbols of every block of `function`, by name (clang puts
    a label in the lexical block around it, where gdb's FUNCTION:LABEL does
    not look); walked once per function and load address."""
    sym = gdb.lookup_global_symbol(function) or gdb.lookup_static_symbol(function)
    if sym is None:
        return {}
    try:
        fn = gdb.block_for_pc(int(sym.value().address))
    except (gdb.error, RuntimeError):
        return {}
    while fn is not None and fn.function is None:
        fn = fn.superblock
    if fn is None:
        return {}
    key = (function, fn.start)
    if key in _LABELS:
        return _LABELS[key]
    labels, pc, seen = {}, fn.start, set()
    while pc < fn.end:      # each line's range, and the blocks around it
        b = gdb.block_for_pc(pc)
        while b is not None and (b.start, b.end) not in seen:
            seen.add((b.start, b.end))
            for s in b:
                if s.addr_class == gdb.SYMBOL_LOC_LABEL:
                    labels.setdefault(s.name, s)
            if b.function is not None:
                break
            b = b.superblock
        sal = gdb.find_pc_line(pc)
        pc = max(pc + 1, sal.last + 1 if sal.last else pc + 1)
    _LABELS[key] = labels
    return labels


def _resume_label(name, n):
    """Resume point n of generator `name`: (file, line, pc) of its label,
    the line as #line maps it, or None (optimized out, or no debug info)."""
    label = "yc_resume_%d" % n
    try:
        _, sals = gdb.decode_line("%s__body:%s" % (name, label))
        if sals and sals[0].symtab is not None:
            return sals[0].symtab.filename, sals[0].line, sals[0].pc
    except gdb.error:
        pass
    s = _labels_in_blocks("%s__body" % name).get(label)
    if s is None or s.symtab is None:
        return None
    return s.symtab.filename, s.line, int(s.value())


def _resume_line(name, n):
    """Where resume point n of generator `name` is in the source, or None."""
    where = _resume_label(name, n)
    return "%s:%d" % (where[0], where[1]) if where else None


def frame_status(val):
    """("suspended", n, where) / ("not started",) / ("running",) / ("done",)."""
    state = val["yc_state"]
    s = int(state)
    done, running = _state_limits(state)
    if s == 0:
        return ("not started",)
    if s == done:
        return ("done",)
    if s == running:
        return ("running",)
    name = val.type.strip_typedefs().tag or ""
    return ("suspended", s, _resume_line(name, s))


class FramePrinter:
    """A generator's frame: where it is, and what it keeps."""

    def __init__(self, val):
        self.val = val
        self.name = val.type.strip_typedefs().tag or "generator"
        self.status = frame_status(val)

    def to_string(self):
        st = self.status
        if st[0] != "suspended":
            return "%s: %s" % (self.name, st[0])
        where = st[2] or "resume point %d" % st[1]
        if st[2]:
            where += " (resume point %d)" % st[1]
        return "%s: suspended at %s" % (self.name, where)

    def children(self):
        # the values in the frame are those of the generator's variables
        # only while it is suspended (running, they are the body's own
        # variables: `info locals`); not started, the parameters
        names = list(_fields(self.val.type))
        st = self.status
        if st[0] in ("suspended", "not started"):
            for n in names:
                if not n.startswith("yc_"):
                    yield n, self.val[n]
        if st[0] == "suspended" and "yc_value" in names:
            yield "[value]", self.val["yc_value"]
        if st[0] == "done" and "yc_result" in names:
            yield "[result]", self.val["yc_result"]
        if st[0] == "suspended":
            sub = "yc_sub_%d" % st[1]
            if sub in names:
                v = self.val[sub]
                if v.type.strip_typedefs().code == gdb.TYPE_CODE_PTR:
                    if int(v) == 0:
                        return
                    v = v.dereference()
                yield "[yield from]", v

    def display_hint(self):
        return None


def _lookup(val):
    try:
        if _is_frame_type(val.type):
            return FramePrinter(val)
    except gdb.error:
        pass
    return None


if FrameDecorator is not None:
    class GeneratorFrame(FrameDecorator):
        """A generator's body, shown under the generator's name."""

        def __init__(self, fobj, name):
            super().__init__(fobj)
            self._name = name

        def function(self):
            return self._name

    class GeneratorFrameFilter:
        def __init__(self):
            self.name = "yieldc"
            self.priority = 100
            self.enabled = True
            gdb.frame_filters[self.name] = self

        def filter(self, frames):
            inside = False  # below (called by) a generator's body: its scaffolding goes
            for fd in frames:
                fn = fd.function()
                fn = "" if isinstance(fn, int) or fn is None else str(fn)
                m = BODY_RE.match(fn)
                if m:
                    inside = True
                    yield GeneratorFrame(fd, m.group(1))
                elif inside and SCAFFOLDING_RE.match(fn):
                    continue
                else:
                    inside = False
                    yield fd


class YcNext(gdb.Command):
    """yc-next: at a yield in a generator's body, run until this generator
resumes after it (the yield's resume point, for this same frame).  Anywhere
else, the same as `next`."""

    def __init__(self):
        super().__init__("yc-next", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        frame = gdb.selected_frame()
        m = BODY_RE.match(frame.name() or "")
        if not m:
            gdb.execute("next " + arg, from_tty)
            return
        try:
            yc_f = frame.read_var("yc_f")
        except ValueError:
            gdb.execute("next " + arg, from_tty)
            return
        line = frame.find_sal().line
        # the resume points on this line (a yield writes its label on its own line)
        name, target = m.group(1), None
        n = 1
        while True:
            where = _resume_label(name, n)
            if where is None:
                break
            if where[1] == line:
                target = where
                break
            n += 1
        if target is None:
            gdb.execute("next " + arg, from_tty)
            return
        bp = gdb.Breakpoint("*0x%x" % target[2], internal=True)
        bp.silent = True
        bp.condition = "yc_f == (void *)%d" % int(yc_f)
        try:
            gdb.execute("continue", from_tty)
            hit = bp.hit_count > 0
        finally:
            bp.delete()
        # resumed: from the resume point (on the yield's line) to the next line
        if hit:
            gdb.execute("next", from_tty)


class YcStep(gdb.Command):
    """yc-step: step, through the functions yieldc writes around a body
(NAME__inext, NAME__istep, ...) and the runtime header's, into the body of
the generator resumed: `step` on `yc_next(&g)` stops in the scaffolding."""

    def __init__(self):
        super().__init__("yc-step", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        start = gdb.selected_frame()
        quiet = gdb.parameter("suppress-cli-notifications")
        gdb.execute("set suppress-cli-notifications on")
        try:
            for _ in range(1000):
                gdb.execute("step", to_string=True)
                try:
                    f = gdb.selected_frame()
                except gdb.error:   # the program ended
                    break
                name = f.name() or ""
                if f == start:
                    break
                if BODY_RE.match(name):
                    # past the dispatch, at the body's own text (which
                    # #line maps to the source, not to the output file)
                    sal, fn = f.find_sal(), f.function()
                    if sal.symtab and fn and fn.symtab and sal.symtab.filename != fn.symtab.filename:
                        break
                elif not (SCAFFOLDING_RE.match(name) or name.startswith("yc__")):
                    break
        finally:
            gdb.execute("set suppress-cli-notifications %s" % ("on" if quiet else "off"))
        gdb.execute("frame", from_tty)


def register():
    gdb.pretty_printers.append(_lookup)
    if FrameDecorator is not None:
        GeneratorFrameFilter()
    YcNext()
    YcStep()


register()
