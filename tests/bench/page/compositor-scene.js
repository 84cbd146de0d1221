/**
 * Runs in the studio page (evaluated by tests/bench/figures/compositor-frame-time.ts): builds the
 * figure 1 scene on the page's own program engine (`window.hotseatProgram`) and records every
 * frame's draw time. Plain JavaScript: it is read as text and evaluated in Chromium.
 *
 * The "cameras" are real video: a clip drawn on a canvas (moving gradient, shapes, a clock, grain so
 * the encoder has detail to code), encoded to VP8 WebM with WebCodecs, then played in a loop by four
 * <video> elements, decoded every frame like a WebRTC guest's picture. The same bytes go to OBS.
 */
/* global window, document, OffscreenCanvas, VideoEncoder, VideoFrame */
(() => {
  const bench = {};
  window.__benchCompositor = bench;

  /** Draws frame `frame` of the synthetic camera: the picture depends only on the frame number. */
  const drawCamera = (ctx, width, height, frame) => {
    const t = frame / 30;
    const gradient = ctx.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, `hsl(${(t * 40) % 360}, 55%, 35%)`);
    gradient.addColorStop(1, `hsl(${(t * 40 + 140) % 360}, 55%, 20%)`);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    for (let i = 0; i < 6; i += 1) {
      ctx.fillStyle = `hsla(${i * 60}, 70%, 60%, 0.8)`;
      ctx.beginPath();
      ctx.arc(width * (0.5 + 0.35 * Math.sin(t * (0.7 + i * 0.2) + i)), height * (0.5 + 0.3 * Math.cos(t * (0.9 + i * 0.1) + i)), height * 0.08, 0, Math.PI * 2);
      ctx.fill();
    }
    // Grain (a fixed pseudo-random pattern per frame), so the encoder has real detail to code.
    const noise = ctx.createImageData(Math.round(width / 4), Math.round(height / 8));
    let seed = frame * 7919 + 1;
    for (let i = 0; i < noise.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const v = seed & 0xff;
      noise.data[i] = v;
      noise.data[i + 1] = v;
      noise.data[i + 2] = v;
      noise.data[i + 3] = 255;
    }
    ctx.putImageData(noise, Math.round(width * 0.05), Math.round(height * 0.8));
    ctx.fillStyle = '#fff';
    ctx.font = `700 ${Math.round(height / 10)}px sans-serif`;
    ctx.fillText(`${t.toFixed(2)} s · frame ${frame}`, width * 0.05, height * 0.15);
  };

  // A minimal WebM writer: EBML header, one Segment with Info, one VP8 track and a Cluster per key frame.
  const ebmlId = (id) => {
    const bytes = [];
    for (let v = id; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
    return bytes;
  };
  const sizeBytes = (n) => {
    const bytes = [0x01];
    for (let i = 6; i >= 0; i -= 1) bytes.push(Math.floor(n / 2 ** (8 * i)) & 0xff);
    return bytes;
  };
  const concat = (parts) => {
    const total = parts.reduce((sum, p) => sum + p.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  const element = (id, ...children) => {
    const body = concat(children.map((c) => (c instanceof Uint8Array ? c : new Uint8Array(c))));
    return concat([new Uint8Array(ebmlId(id)), new Uint8Array(sizeBytes(body.length)), body]);
  };
  const uint = (id, value) => {
    const bytes = [];
    for (let v = value; v > 0 || bytes.length === 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
    return element(id, bytes);
  };
  const text = (id, value) => element(id, [...new TextEncoder().encode(value)]);
  const float64 = (id, value) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    return element(id, new Uint8Array(view.buffer));
  };
  const webm = (width, height, frames, durationMs) => {
    const header = element(0x1a45dfa3, uint(0x4286, 1), uint(0x42f7, 1), uint(0x42f2, 4), uint(0x42f3, 8), text(0x4282, 'webm'), uint(0x4287, 2), uint(0x4285, 2));
    const info = element(0x1549a966, uint(0x2ad7b1, 1_000_000), text(0x4d80, 'hotseat-bench'), text(0x5741, 'hotseat-bench'), float64(0x4489, durationMs));
    const tracks = element(0x1654ae6b, element(0xae, uint(0xd7, 1), uint(0x73c5, 1), uint(0x83, 1), text(0x86, 'V_VP8'), element(0xe0, uint(0xb0, width), uint(0xba, height))));
    const clusters = [];
    let current = null;
    for (const f of frames) {
      if (f.key || !current) {
        current = { at: f.ms, blocks: [] };
        clusters.push(current);
      }
      const rel = f.ms - current.at;
      current.blocks.push(element(0xa3, [0x81, (rel >> 8) & 0xff, rel & 0xff, f.key ? 0x80 : 0x00], f.data));
    }
    const body = clusters.map((c) => element(0x1f43b675, uint(0xe7, c.at), ...c.blocks));
    return concat([header, element(0x18538067, info, tracks, ...body)]);
  };

  /**
   * Encodes `seconds` of the synthetic camera at 30 fps with WebCodecs (VP8, a key frame a second)
   * into a WebM blob. Frame by frame with explicit timestamps, so the clip is the same on a busy
   * machine as on an idle one (a real-time MediaRecorder drops frames when starved).
   */
  bench.recordClip = async (width, height, seconds) => {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    const frames = [];
    let failure = null;
    const encoder = new VideoEncoder({
      output: (chunk) => {
        const data = new Uint8Array(chunk.byteLength);
        chunk.copyTo(data);
        frames.push({ ms: Math.round(chunk.timestamp / 1000), key: chunk.type === 'key', data });
      },
      error: (error) => (failure = error),
    });
    encoder.configure({ codec: 'vp8', width, height, bitrate: 2_500_000, framerate: 30, latencyMode: 'quality' });
    const count = Math.round(seconds * 30);
    for (let frame = 0; frame < count; frame += 1) {
      drawCamera(ctx, width, height, frame);
      const videoFrame = new VideoFrame(canvas, { timestamp: Math.round((frame * 1_000_000) / 30) });
      encoder.encode(videoFrame, { keyFrame: frame % 30 === 0 });
      videoFrame.close();
      if (encoder.encodeQueueSize > 8) await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
    }
    await encoder.flush();
    encoder.close();
    if (failure) throw failure;
    frames.sort((a, b) => a.ms - b.ms);
    bench.framesEncoded = frames.length;
    return new Blob([webm(width, height, frames, (count * 1000) / 30)], { type: 'video/webm' });
  };

  /** Plays a blob to its end once to learn its duration, to check the clip before using it. */
  const durationOf = async (url) => {
    const probe = document.createElement('video');
    probe.muted = true;
    probe.preload = 'auto';
    probe.src = url;
    await new Promise((resolve, reject) => {
      probe.onloadedmetadata = resolve;
      probe.onerror = () => reject(new Error(`clip does not play: ${probe.error?.message} (${bench.clipBytes} bytes)`));
    });
    if (!Number.isFinite(probe.duration)) {
      probe.currentTime = 1e6;
      await new Promise((resolve) => (probe.onseeked = resolve));
    }
    const duration = probe.duration;
    probe.removeAttribute('src');
    probe.load();
    return duration;
  };

  /** The clip as base64 (for OBS's copy on disk) and as a blob URL for the page's players. */
  bench.clipBase64 = async (width, height, seconds) => {
    const blob = await bench.recordClip(width, height, seconds);
    bench.clipBytes = blob.size;
    bench.clipUrl = URL.createObjectURL(blob);
    const duration = await durationOf(bench.clipUrl);
    if (!(duration >= seconds * 0.9)) throw new Error(`the clip lasts ${duration} s (${blob.size} bytes, ${bench.framesEncoded} frames encoded), expected ${seconds} s`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { base64: btoa(binary), duration, frames: bench.framesEncoded };
  };

  /** Host + 3 guests playing the clip, name banners, the grid layout, the countdown. */
  bench.buildScene = async (names) => {
    const engine = window.hotseatProgram;
    if (!engine) throw new Error('window.hotseatProgram is missing: the studio page has no program engine');
    const videos = names.map(() => {
      const video = document.createElement('video');
      video.muted = true;
      video.loop = true;
      video.playsInline = true;
      video.src = bench.clipUrl;
      return video;
    });
    // Offset the copies so the four tiles never show the same frame.
    await Promise.all(videos.map(async (video, index) => {
      await new Promise((resolve, reject) => {
        video.onloadeddata = resolve;
        video.onerror = () => reject(new Error(`clip did not load: ${video.error?.message}`));
      });
      video.currentTime = index * 0.7;
      await video.play();
    }));
    bench.videos = videos;
    engine.setSources(names.map((label, index) => ({ id: index === 0 ? 'host' : `bench-guest-${index}`, label, kind: index === 0 ? 'host' : 'guest', element: videos[index] })));
    engine.setLayout('grid');
    engine.setCountdown({ guestName: names[1], remainingMs: 10 * 60_000 });
  };

  /** Between measuring phases the players pause, so OBS's phase runs without the page decoding video. */
  bench.pauseVideos = () => bench.videos.forEach((video) => video.pause());
  bench.playVideos = () => Promise.all(bench.videos.map((video) => video.play()));

  let alerts = 0;
  const pushAlert = () => {
    alerts += 1;
    window.hotseatProgram.alert({
      id: `bench-alert-${alerts}`,
      kind: alerts % 2 ? 'tip' : 'gift',
      buyerName: 'Priya from Leeds',
      amountText: '$25.00',
      message: 'Loved the last answer, this is for the studio coffee fund! Keep the questions coming.',
      title: alerts % 2 ? 'Tip' : 'Golden microphone',
      image: null,
    });
  };

  /**
   * Draws `frames` frames with one alert always animating. Two times per frame: `times` is the
   * compositor's own readout (renderFrame); `rastered` adds the raster work Chromium defers until
   * the canvas is read (forced here with a one-pixel read), so nothing the frame costs is left out.
   */
  bench.measure = (frames) =>
    new Promise((resolve) => {
      const engine = window.hotseatProgram;
      const compositor = engine.compositor;
      const ctx = compositor.canvas.getContext('2d');
      const times = [];
      const rastered = [];
      const started = performance.now();
      const late = engine.timing().lateFrames;
      const render = compositor.renderFrame;
      compositor.renderFrame = function renderAndRaster() {
        const t0 = performance.now();
        render.call(compositor);
        ctx.getImageData(0, 0, 1, 1);
        rastered.push(performance.now() - t0);
      };
      pushAlert();
      const alertTimer = setInterval(pushAlert, 7_000);
      engine.setPreviewVisible(true);
      const off = compositor.timing.onFrame((drawMs) => {
        times.push(drawMs);
        if (times.length < frames) return;
        off();
        clearInterval(alertTimer);
        engine.setPreviewVisible(false);
        compositor.renderFrame = render;
        resolve({ times, rastered, seconds: (performance.now() - started) / 1000, lateFrames: engine.timing().lateFrames - late });
      });
    });
})();
