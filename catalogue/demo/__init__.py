"""Demo content for the OCOP showcase: data (content.py) and generated images (images.py)."""
