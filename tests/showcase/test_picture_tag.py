"""The site's {% picture %} writes exactly what Wagtail's does, for every image a compiled template meets."""

import pytest
from django.template import engines

from tests import factories

pytestmark = pytest.mark.django_db

TAG = "{% picture image fill-480x360 format-{webp,jpeg} loading='lazy' alt='Ảnh' %}"


def render(libraries, image):
    return engines["django"].from_string("{% load " + libraries + " %}" + TAG).render({"image": image})


def test_the_same_markup_as_wagtails_picture_for_images_with_different_focal_points():
    images = [
        factories.ImageFactory(),
        factories.ImageFactory(focal_point_x=10, focal_point_y=10, focal_point_width=20, focal_point_height=20),
    ]

    compiled = engines["django"].from_string("{% load wagtailimages_tags showcase_images %}" + TAG)
    ours = [compiled.render({"image": image}) for image in images * 2]
    wagtails = [render("wagtailimages_tags", image) for image in images * 2]

    assert ours == wagtails
    assert ours[0] != ours[1]  # each image its own renditions, from one compiled template
    assert 'type="image/webp"' in ours[0] and 'loading="lazy"' in ours[0]
