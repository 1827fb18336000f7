"""The QR code of a traceability stamp, drawn with segno (pure Python, SVG and PNG).

The code encodes the absolute URL of the certificate's public record
(catalogue/verification.py). Error correction level Q restores up to a
quarter of the code, enough for a stamp scuffed on a jar or a bottle, and the
four-module quiet zone that scanners need is kept around it.
https://segno.readthedocs.io/en/latest/api.html
"""

import io

import segno

ERROR_CORRECTION = "q"
QUIET_ZONE = 4  # modules, as ISO/IEC 18004 asks for
PNG_MODULE_PIXELS = 10  # ~40 mm wide at 300 dpi for a 33-module code
SVG_MODULE_UNITS = 4


def qr_code(url):
    """The QR code of `url`, at exactly the error correction level chosen (never silently raised)."""
    return segno.make_qr(url, error=ERROR_CORRECTION, boost_error=False)


def qr_svg(url):
    """A standalone SVG document (with the XML declaration), for /stamps/<code>.svg.

    The quiet zone is painted white: on a coloured label a transparent one
    would leave the scanner nothing to find the code's edge by.
    """
    out = io.BytesIO()
    qr_code(url).save(out, kind="svg", scale=SVG_MODULE_UNITS, border=QUIET_ZONE, light="#fff", title=url, xmldecl=True)
    return out.getvalue()


def qr_svg_inline(url):
    """The SVG element to embed in an HTML page; it scales with its box (no fixed width)."""
    return qr_code(url).svg_inline(
        scale=SVG_MODULE_UNITS,
        border=QUIET_ZONE,
        light="#fff",
        omitsize=True,
        svgclass="stamp__qr-code",
        lineclass=None,
    )


def qr_png(url):
    """A black-on-white PNG, for a label printer."""
    out = io.BytesIO()
    qr_code(url).save(out, kind="png", scale=PNG_MODULE_PIXELS, border=QUIET_ZONE)
    return out.getvalue()
