// A t.me/s/<channel> page as the web preview serves it (structure and class names of the real page;
// the text is ours). Used by the mapper's tests and by the fake Telegram server in the collect tests.
export interface FixtureMessage {
  id: number;
  html: string;
  datetime?: string;
  views?: string;
  photo?: string;
  service?: boolean;
}

export function telegramPage(channel: string, title: string, subscribers: string, messages: FixtureMessage[], before?: number): string {
  const body = messages
    .map((m) => `
<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap js-widget_message${m.service ? ' service_message' : ''}" data-post="${channel}/${m.id}" data-view="eyJjIjotMTAwfQ">
    <div class="tgme_widget_message_user"><a href="https://t.me/${channel}"><i class="tgme_widget_message_user_photo bgcolor0" data-content="C"></i></a></div>
    <div class="tgme_widget_message_bubble">
      <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${channel}"><span dir="auto">${title}</span></a></div>
      ${m.photo ? `<a class="tgme_widget_message_photo_wrap 1234_5678 blured" href="https://t.me/${channel}/${m.id}" style="width:800px;background-image:url('${m.photo}')"></a>` : ''}
      <div class="tgme_widget_message_text js-message_text" dir="auto">${m.html}</div>
      <div class="tgme_widget_message_footer compact js-message_footer">
        <div class="tgme_widget_message_info short js-message_info">
          ${m.views ? `<span class="tgme_widget_message_views">${m.views}</span>` : ''}<span class="copyonly"> views</span>
          <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/${channel}/${m.id}">${m.datetime ? `<time datetime="${m.datetime}" class="time">10:00</time>` : ''}</a></span>
        </div>
      </div>
    </div>
  </div>
</div>`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title} – Telegram</title></head>
<body class="widget_frame_base tgme_webpage">
<header class="tgme_header"><div class="tgme_channel_info">
  <div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">${title}</span></div>
  <div class="tgme_channel_info_header_username"><a href="https://t.me/${channel}">@${channel}</a></div></div>
  <div class="tgme_channel_info_description">Signaux crypto quotidiens<br/>Pas un conseil financier</div>
  <div class="tgme_channel_info_counters">
    <div class="tgme_channel_info_counter"><span class="counter_value">${subscribers}</span> <span class="counter_type">subscribers</span></div>
    <div class="tgme_channel_info_counter"><span class="counter_value">1.1K</span> <span class="counter_type">photos</span></div>
  </div>
</div></header>
<main class="tgme_main"><section class="tgme_channel_history js-message_history">
${before ? `<div class="tme_messages_more_wrap"><a href="/s/${channel}?before=${before}" class="tme_messages_more js-messages_more" data-before="${before}"></a></div>` : ''}
${body}
</section></main></body></html>`;
}
