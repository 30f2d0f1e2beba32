// A realistic infinite feed with no external assets: posts are generated from a fixed seed, and a
// new batch loads when the reader nears the bottom, as social feeds do. Used by the end-to-end
// tests, the benchmark and the demo. Add `?inner` to scroll inside an element instead of the window.
(() => {
  const params = new URLSearchParams(location.search);
  const inner = params.has('inner');
  const feed = document.getElementById('feed');
  const scroller = inner ? document.getElementById('scroller') : null;
  if (inner) document.body.classList.add('inner');

  let seed = Number(params.get('seed') ?? 7);
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];

  const names = [
    'Ada Park',
    'Sam Rivera',
    'Noor Haddad',
    'Jonas Weber',
    'Mei Lin',
    'Tomás Ortega',
    'Priya Nair',
    'Lea Dubois',
    'Kofi Mensah',
    'Hana Sato',
  ];
  const openings = [
    'Hot take:',
    'Unpopular opinion:',
    'Can we talk about',
    'Nobody is ready for',
    'Thread:',
    'Just saw',
    'Reminder that',
    'Breaking:',
    'Honestly,',
    'Day 47 of',
  ];
  const middles = [
    'the new update',
    'this week’s news',
    'my commute',
    'the group chat',
    'that one meme',
    'the latest drama',
    'a photo of my lunch',
    'the comments section',
    'everyone’s takes',
    'the algorithm',
  ];
  const endings = [
    'and I have thoughts.',
    'is exactly why we can’t have nice things.',
    '— agree or disagree?',
    'and it keeps getting worse.',
    '(long thread below).',
    'and somehow it’s all connected.',
    'lol.',
    'and I can’t stop reading.',
  ];
  const hues = [12, 32, 150, 190, 215, 260, 300, 340];

  let count = 0;
  function post() {
    count += 1;
    const name = pick(names);
    const article = document.createElement('article');
    article.className = 'post';
    article.setAttribute('aria-label', `Post ${count}`);
    const hue = pick(hues);
    const initials = name
      .split(' ')
      .map((part) => part[0])
      .join('');
    const text = `${pick(openings)} ${pick(middles)} ${pick(endings)}`;
    const withImage = random() < 0.55;
    article.innerHTML = `
      <header><span class="avatar" style="background:hsl(${hue} 55% 45%)">${initials}</span>
      <span><strong>${name}</strong> <span class="meta">@${name.split(' ')[0].toLowerCase()}${count % 97} · ${1 + (count % 59)}m</span></span></header>
      <p>${text}</p>
      ${withImage ? `<div class="media" style="background:linear-gradient(${Math.floor(random() * 360)}deg,hsl(${hue} 60% 60%),hsl(${(hue + 80) % 360} 60% 40%))"></div>` : ''}
      <footer><button type="button">Reply ${Math.floor(random() * 90)}</button><button type="button">Share ${Math.floor(random() * 400)}</button><button type="button">Like ${Math.floor(random() * 3000)}</button></footer>`;
    return article;
  }
  function loadMore(n = 15) {
    const batch = document.createDocumentFragment();
    for (let i = 0; i < n; i += 1) batch.append(post());
    feed.append(batch);
  }
  loadMore(25);
  const sentinel = document.getElementById('sentinel');
  new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore(), {
    root: scroller,
    rootMargin: '1500px 0px',
  }).observe(sentinel);
})();
