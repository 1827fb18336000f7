"""schema.org JSON-LD of news articles (see showcase/structured_data.py).

https://schema.org/NewsArticle
"""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext

from showcase import structured_data

# The rendition the article template already asks for, so no new image file is made.
NEWS_IMAGE = "fill-1440x810|format-jpeg"


def news_article(page, request):
    """A NewsArticle published by the site."""
    url = page.get_full_url(request)
    home_url = structured_data.absolute(reverse("wagtail_serve", args=("",)), page, request)
    entity = {
        "@type": "NewsArticle",
        "@id": f"{url}#article",
        "headline": page.title,
        "url": url,
        "description": page.card_summary,
        "datePublished": page.date.isoformat(),
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "inLanguage": page.locale.language_code,
        # The field names an office more often than a person (the provincial OCOP office writes the news).
        "author": {"@type": "Organization", "name": page.author} if page.author else None,
        "image": structured_data.image_url(page.lead_image or page.listing_image, NEWS_IMAGE, page, request),
        "publisher": {
            "@type": "Organization",
            "name": gettext("OCOP Vietnam"),
            "url": home_url,
            "logo": {"@type": "ImageObject", "url": structured_data.absolute(static("img/lotus.svg"), page, request)},
        },
    }
    return structured_data.document(entity, page, request, page_type="WebPage")
