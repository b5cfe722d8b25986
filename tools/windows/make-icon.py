"""Make packaging/windows/caucasus-atlas.ico, the .exe's and the installer's icon, from the
app's own PNG icons (packaging/icons/hicolor/*/apps/), each size as drawn (no resampling).

Run: python3 -m pip install --target /tmp/pil Pillow==11.3.0 &&
     PYTHONPATH=/tmp/pil python3 tools/windows/make-icon.py
"""
import pathlib

from PIL import Image

root = pathlib.Path(__file__).resolve().parents[2]
name = "io.github.caucasus_atlas.CaucasusAtlas.png"
sizes = [256, 128, 64, 48, 32, 16]
images = [Image.open(root / f"packaging/icons/hicolor/{n}x{n}/apps/{name}").convert("RGBA") for n in sizes]
out = root / "packaging/windows/caucasus-atlas.ico"
images[0].save(out, format="ICO", sizes=[(n, n) for n in sizes], append_images=images[1:])
print(f"{out.relative_to(root)}: {', '.join(f'{n}x{n}' for n in sizes)}, {out.stat().st_size} bytes")
