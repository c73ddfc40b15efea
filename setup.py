"""Build Kutip; with mypyc and a C compiler at hand, compile the extraction pipeline into C extensions.

The compiled modules are the same Python source (``kutip/speedups.py`` lists them) and run about twice as
fast. ``KUTIP_PURE=1`` builds without them, and a failed compilation falls back to them being left out:
Kutip then runs as plain Python, with the same output.
"""

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CompileError

HERE = Path(__file__).resolve().parent


def _speedups():
    spec = importlib.util.spec_from_file_location("kutip_speedups", HERE / "kutip" / "speedups.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SPEEDUPS = _speedups()


def _plain(reason: str) -> list:
    """Build without compiled modules, and remove those an earlier build left in the source tree."""
    print(f"kutip: building plain Python ({reason})", file=sys.stderr)
    SPEEDUPS.STAMP.unlink(missing_ok=True)
    for module in SPEEDUPS.COMPILED:
        for built in SPEEDUPS.compiled_files(module):
            built.unlink()
    for built in SPEEDUPS.library_files():
        built.unlink()
    return []


# The compiled modules call each other's functions directly, hundreds of times per article. Built as a shared
# library (-fPIC), gcc and clang must otherwise assume that any of those functions could be replaced at load
# time, so they neither inline them nor call them directly (a jump through the PLT instead): 7 % more
# Indonesian articles per second, measured in turn with the default flags, output identical.
LAYOUT_FLAGS = ["-fno-semantic-interposition"]


class OptionalBuildExt(build_ext):
    """Compile if the machine can; otherwise say so and install plain Python."""

    def build_extensions(self) -> None:
        flags = [flag for flag in LAYOUT_FLAGS if self._accepts(flag)]
        for extension in self.extensions:
            extension.extra_compile_args = [*extension.extra_compile_args, *flags]
        super().build_extensions()
        # scripts/build_pgo.sh names what it trained the profile on
        SPEEDUPS.write_stamp({"flags": flags, "profile": os.environ.get("KUTIP_PROFILE_TRAINED_ON")})

    def _accepts(self, flag: str) -> bool:
        """Whether this compiler takes ``flag`` (MSVC and older ones do not): a one-line file is compiled."""
        with tempfile.TemporaryDirectory() as scratch:
            probe = Path(scratch) / "probe.c"
            probe.write_text("int kutip_probe(void) { return 0; }\n")
            try:
                self.compiler.compile([str(probe)], output_dir=scratch, extra_postargs=[flag, "-Werror"])
            except CompileError:
                return False
        return True

    def run(self) -> None:
        try:
            super().run()
        except Exception as err:  # no compiler, no Python headers: the pure modules still work
            _plain(f"compiling failed: {err}")


def ext_modules() -> list:
    if os.environ.get("KUTIP_PURE"):
        return _plain("KUTIP_PURE is set")
    try:
        from mypyc.build import mypycify
    except ImportError:
        return _plain("mypyc is not installed")
    SPEEDUPS.STAMP.unlink(missing_ok=True)
    sources = [str(SPEEDUPS.source_path(m).relative_to(HERE)) for m in SPEEDUPS.COMPILED]
    try:
        # the dependencies may not be installed yet when pip asks for the metadata: their types are not
        # needed; modules outside the compiled set (the store, the claim map) are read for types, not checked
        options = ["--ignore-missing-imports", "--follow-imports=silent"]
        modules = mypycify([*options, *sources], opt_level="3", debug_level="0", group_name=SPEEDUPS.GROUP)
    except (Exception, SystemExit) as err:  # a type error mypyc cannot compile: the source still runs
        return _plain(f"mypyc failed: {err}")
    SPEEDUPS.write_stamp()
    return modules


setup(ext_modules=ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
