declare module 'simple-peer/simplepeer.min.js' {
  import type SimplePeerType from 'simple-peer';
  const SimplePeer: SimplePeerType.SimplePeer;
  export default SimplePeer;
}
