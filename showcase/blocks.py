"""StreamField blocks shared by every page type.

Each block names its icon, template, a description for the block picker and a
preview value, so editors see what they are inserting before they insert it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading_block.html"
        label = _("Heading")
        description = _("A section heading")
        preview_value = {"text": "Sản phẩm OCOP của Long An", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=255,
        help_text=_(
            "Describe the picture for people who cannot see it. Leave blank to use the image's own description."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "components/streamfield/captioned_image_block.html"
        label = _("Image")
        description = _("An image with optional caption and alternative text")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote_block.html"
        label = _("Quote")
        description = _("Words of a producer, a buyer or an official")
        preview_value = {
            "text": "Mỗi chai rượu là công sức của cả làng.",
            "attribution": "Một chủ thể OCOP",
        }


class FactBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"), max_length=40)
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)


class FactsBlock(blocks.ListBlock):
    """A row of key figures, as every OCOP report leads with."""

    def __init__(self, **kwargs):
        super().__init__(FactBlock(), **kwargs)

    class Meta:
        icon = "table"
        template = "components/streamfield/facts_block.html"
        label = _("Key figures")
        description = _("A row of key figures with what each one counts")
        preview_value = [
            {"value": "14", "label": "sản phẩm được chứng nhận"},
            {"value": "9", "label": "sản phẩm 4 sao"},
        ]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/paragraph_block.html"
        label = _("Paragraph")
        description = _("Text with bold, italic, links and lists")
        preview_value = "<p>Sản phẩm được đánh giá, phân hạng theo bộ tiêu chí OCOP.</p>"


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    facts = FactsBlock()
