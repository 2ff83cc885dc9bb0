"""What Qt needs from the system to open a window, asked of Qt's own files: `ldd` on the installed PySide6 modules
and platform plugins lists each library it cannot find, and a table names the Debian/Ubuntu package with it.

scripts/install-system-deps.sh installs those packages (`python -m drøftelse.ui.system_libraries` prints them);
the app names them in Danish when a window cannot be opened. Nothing of Qt is imported here: this runs exactly
when Qt cannot load.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from drøftelse.domain.i18n import translate

# the PySide6 modules the app imports, and the plugins each platform loads before its first window shows
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork")
PLUGINS = {
    "xcb": ("platforms/libqxcb.so", "xcbglintegrations/*.so"),
    "wayland": (
        "platforms/libqwayland*.so",
        "wayland-shell-integration/*.so",
        "wayland-graphics-integration-client/*.so",
        "wayland-decoration-client/*.so",
    ),
    "offscreen": ("platforms/libqoffscreen.so",),  # the tests' platform
}

# library -> the Debian 12 package that has it (apt picks the "t64" package of newer releases by itself);
# tests/ui/test_system_libraries.py checks every entry, and that every library the files above load is here,
# against `dpkg -S` on the machine
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0",
    "libc.so.6": "libc6",
    "libcap.so.2": "libcap2",
    "libcom_err.so.2": "libcom-err2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libdl.so.2": "libc6",
    "libexpat.so.1": "libexpat1",
    "libffi.so.8": "libffi8",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libgcc_s.so.1": "libgcc-s1",
    "libgcrypt.so.20": "libgcrypt20",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgpg-error.so.0": "libgpg-error0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libk5crypto.so.3": "libk5crypto3",
    "libkeyutils.so.1": "libkeyutils1",
    "libkrb5.so.3": "libkrb5-3",
    "libkrb5support.so.0": "libkrb5support0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libm.so.6": "libc6",
    "libmd.so.0": "libmd0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libpng16.so.16": "libpng16-16",
    "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libsystemd.so.0": "libsystemd0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-server.so.0": "libwayland-server0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}


def pyside_folder() -> Path | None:
    """The installed PySide6, found without importing it (importing is what may fail)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_files(platforms=tuple(PLUGINS)) -> list[Path]:
    """The PySide6 modules the app loads and the plugins of these platforms (Qt's names: xcb, wayland, …)."""
    pyside = pyside_folder()
    if pyside is None:
        return []
    files = [f for name in MODULES for f in pyside.glob(f"{name}.*so")]
    plugins = pyside / "Qt" / "plugins"
    for platform in platforms:
        for pattern in PLUGINS.get(platform, ()):
            folder, name = pattern.split("/")
            if folder == "platforms" and os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):  # where Qt looks then
                files += Path(os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"]).glob(name)
            else:
                files += (plugins / folder).glob(name)
    return sorted(files)


def missing_libraries(platforms=tuple(PLUGINS)) -> list[str]:
    """The libraries the dynamic loader cannot find for these files, as `ldd` names them ("libxcb-cursor.so.0")."""
    files = qt_files(platforms)
    if not files:
        return []
    try:
        out = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True).stdout
    except OSError:  # no ldd (not glibc): nothing can be said
        return []
    return sorted({line.split()[0] for line in out.splitlines() if line.strip().endswith("=> not found")})


def packages_for(libraries: list[str]) -> tuple[list[str], list[str]]:
    """(the packages that have these libraries, the libraries no package is known for)."""
    packages = sorted({PACKAGES[lib] for lib in libraries if lib in PACKAGES})
    return packages, [lib for lib in libraries if lib not in PACKAGES]


def window_platforms(env=os.environ) -> list[str]:
    """The platforms Qt tries here: those QT_QPA_PLATFORM names ("wayland;xcb"), else the screens there are."""
    if env.get("QT_QPA_PLATFORM"):
        names = [part.split(":")[0] for part in env["QT_QPA_PLATFORM"].split(";") if part]
        return ["wayland" if name.startswith("wayland") else name for name in names]
    return [name for name, screen in (("wayland", "WAYLAND_DISPLAY"), ("xcb", "DISPLAY")) if env.get(screen)]


def cannot_open_window(qt_said: str = "", env=os.environ) -> str:
    """The one Danish line for a window Qt could not open: which packages to install and how, or why not."""
    platforms = window_platforms(env) or ["xcb"]  # with no screen named, Qt tries xcb
    packages, unknown = packages_for(missing_libraries(platforms))
    if packages or unknown:
        reasons = []
        if packages:
            reasons.append(
                (
                    translate("system_libraries", "systempakken ")
                    if len(packages) == 1
                    else translate("system_libraries", "systempakkerne ")
                )
                + ", ".join(packages)
            )
        if unknown:
            reasons.append(
                (
                    translate("system_libraries", "biblioteket ")
                    if len(unknown) == 1
                    else translate("system_libraries", "bibliotekerne ")
                )
                + ", ".join(unknown)
            )
        text = translate("system_libraries", "vinduet kan ikke åbnes, fordi {0} mangler.").format(" og ".join(reasons))
        if packages:
            them = "den" if len(packages) == 1 else "dem"
            text += translate(
                "system_libraries", " Installér {0} med 'sudo apt-get install {1}' (eller kør 'make run')."
            ).format(them, " ".join(packages))
    elif not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) and set(platforms) & {"xcb", "wayland"}:
        text = translate(
            "system_libraries",
            "vinduet kan ikke åbnes, fordi der ikke er nogen skærm (hverken DISPLAY eller WAYLAND_DISPLAY er sat).",
        )
    elif "could not connect to display" in qt_said:
        text = translate("system_libraries", "vinduet kan ikke åbnes, fordi skærmen {0} ikke svarer (DISPLAY).").format(
            env.get("DISPLAY", "")
        )
    else:  # nothing missing that we can see: Qt's own reason, in Qt's words
        text = translate("system_libraries", "vinduet kan ikke åbnes (Qt: {0}).").format(
            qt_said.strip() or translate("system_libraries", "ukendt årsag")
        )
    return translate(
        "system_libraries", "droeftelse: {0} Kommandoerne i 'droeftelse --hjælp' virker uden vindue."
    ).format(text)


def main() -> int:
    """For scripts/install-system-deps.sh: the packages Qt lacks here, one a line, for every platform."""
    packages, unknown = packages_for(missing_libraries())
    for lib in unknown:
        print(
            translate(
                "system_libraries", "Qt mangler {0}, men hvilken pakke der har det, står ikke i {1}.PACKAGES"
            ).format(lib, __name__),
            file=sys.stderr,
        )
    for package in packages:
        print(package)
    return 0


if __name__ == "__main__":
    sys.exit(main())
