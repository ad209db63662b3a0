/**
 * The block in the editor: what changes per page in the sidebar, and a preview drawn by the server
 * (the same markup as on the page), brought to life by the widget's one-file build. Plain
 * JavaScript on WordPress's globals, so the plugin needs no build step.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  registerBlockType('cyber-risk-check/check', {
    edit({ attributes, setAttributes }) {
      const set = (key) => (value) => setAttributes({ [key]: value });
      return el(
        Fragment,
        null,
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('This page', 'cyber-risk-check') },
            el(SelectControl, {
              label: __('Language', 'cyber-risk-check'),
              value: attributes.lang,
              options: [
                { label: __("The site's language", 'cyber-risk-check'), value: '' },
                { label: '日本語', value: 'ja' },
                { label: 'English', value: 'en' },
              ],
              onChange: set('lang'),
            }),
            el(ToggleControl, {
              label: __('For seminars (no personal data, larger type)', 'cyber-risk-check'),
              checked: attributes.seminar,
              onChange: set('seminar'),
            }),
            el(TextControl, {
              label: __('Discount scheme (id; empty: the site setting)', 'cyber-risk-check'),
              value: attributes.discountScheme,
              onChange: set('discountScheme'),
            }),
            el(TextControl, {
              label: __('Instance id (for two checks on one page)', 'cyber-risk-check'),
              value: attributes.instanceId,
              onChange: set('instanceId'),
            }),
          ),
        ),
        el('div', useBlockProps(), el(ServerSideRender, { block: 'cyber-risk-check/check', attributes })),
      );
    },
    save() {
      // Drawn by the server on every view, so settings changed later reach every page.
      return null;
    },
  });
})(window.wp);
