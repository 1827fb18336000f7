// stylelint for static/css/ (run by scripts/lint-css). The standard config, with the
// rules below relaxed where they fight how this site writes CSS on purpose.
// Rules: https://stylelint.io/user-guide/rules
export default {
  extends: ["stylelint-config-standard"],
  rules: {
    // Class names are BEM: block, block__element, block--modifier, and is-/has- states
    // (the standard config allows only kebab-case, which rejects __ and --).
    "selector-class-pattern": [
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$",
      { message: (selector) => `Expected class selector "${selector}" to be BEM in kebab-case (block__element--modifier)` },
    ],
    // Media queries keep the min-width/max-width form: the range form (width >= 56em)
    // needs Safari 16.4, and on older iPhones every breakpoint would be dropped.
    "media-feature-range-notation": "prefix",
    // The rule compares selectors across unrelated components (a language link and a card
    // title) that never match the same element; which rule wins is kept by the files' order
    // (templates/base.html) and by specificity, not by this rule's idea of order.
    "no-descending-specificity": null,
    // Prefixed properties that are still needed without a build step (no autoprefixer):
    // Safari sizes text on rotation without -webkit-text-size-adjust, and masks only
    // with -webkit-mask-image before 15.4.
    "property-no-vendor-prefix": [true, { ignoreProperties: ["-webkit-text-size-adjust", "-webkit-mask-image"] }],
    // Font family names in the --font token keep their capitals (Arial); stylelint reads
    // them as keywords only because they sit in a custom property.
    "value-keyword-case": ["lower", { ignoreProperties: ["/^--font/"] }],
  },
};
