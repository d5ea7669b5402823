import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  BYTE_SIZE_FORMS,
  DEFAULT_LIMITS,
  UserError,
  buildReport,
  compareRuns,
  finding,
  formatBytes,
  loadPolicy,
  oneLine,
  parseByteSize,
  renderJson
} from "./chunks/chunk-SVXQJMV2.js";
import "./chunks/chunk-EUBOKAVK.js";
import {
  renderMarkdownReport
} from "./chunks/chunk-56C3ELMY.js";
import {
  markerKey,
  mdText,
  plainText,
  shorten,
  singleLine
} from "./chunks/chunk-WIZFQIAR.js";
import {
  debug,
  endGroup,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunks/chunk-QDBDVSNK.js";
import "./chunks/chunk-OMYT7GQA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-FA6EQWUK.js";

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path, options2) {
      return new Promise((resolve3, reject) => {
        open(path, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve3(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve3, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve3(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve3, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve3(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve3, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve3(zipfile);
        });
      });
    }
    function open(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve: resolve3 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve3({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve3 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve3({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve3, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve3, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve3, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve3(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve3, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve3(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve3, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve3(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error2) {
        callback(error2);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// src/action/main.ts
import { mkdtemp as mkdtemp2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/render/annotations.ts
var VALUE_MAX_CHARS = 500;
function quoteValue(value) {
  return value === void 0 ? "absent" : JSON.stringify(value);
}
function annotationFor(report, f, paths, limits) {
  const location = [f.side ? `${report[f.side].label} only` : "", f.job !== void 0 ? `job ${f.job}` : "", f.field ?? "", f.pointer ?? ""].filter(Boolean).join(" ");
  const title = `${f.kind}: ${f.artifact}${location ? ` ${location}` : ""}`;
  const lines = [f.message];
  if (f.left !== void 0 || f.right !== void 0) {
    lines.push(`${report.left.label}: ${shorten(quoteValue(f.left), VALUE_MAX_CHARS)}`, `${report.right.label}: ${shorten(quoteValue(f.right), VALUE_MAX_CHARS)}`);
  }
  return {
    path: singleLine(paths.get(f.artifact) ?? f.artifact),
    start_line: 1,
    end_line: 1,
    annotation_level: f.severity === "error" ? "failure" : "warning",
    title: plainText(singleLine(title), limits.maxTitleChars),
    message: plainText(lines.map(singleLine).join("\n"), limits.maxMessageChars)
  };
}
function renderAnnotations(report, limits) {
  const paths = new Map(report.presence.map((row) => [row.artifact, row.path]));
  const shown = report.findings.slice(0, Math.max(0, limits.maxAnnotations));
  return {
    annotations: shown.map((f) => annotationFor(report, f, paths, limits)),
    omitted: report.findings.length - shown.length
  };
}

// src/action/artifacts.ts
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { join as join2, relative, resolve as resolve2, sep as sep2 } from "node:path";

// src/core/acquire/zip.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, posix, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
var ZipRefusedError = class extends Error {
  constructor(refusal) {
    super(`zip refused: ${refusal.reason}`);
    this.refusal = refusal;
  }
  refusal;
  name = "ZipRefusedError";
};
var REFUSED_ENTRIES_LISTED = 20;
var MAX_DEFLATE_RATIO = 1032;
var RATIO_SLACK_BYTES = 4096;
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
var MADE_BY_UNIX = 3;
function fileType(entry) {
  return entry.versionMadeBy >> 8 === MADE_BY_UNIX ? entry.externalFileAttributes >>> 16 & S_IFMT : 0;
}
function nameProblem(name, entry) {
  if (name.includes("\0")) return "contains a NUL byte";
  if (/^[a-zA-Z]:/.test(name)) return "starts with a drive letter";
  if (name.startsWith("/")) return "is an absolute path";
  const invalid = import_yauzl.default.validateFileName(name);
  if (invalid !== null) return "leaves the artifact (a .. segment)";
  const type = fileType(entry);
  if (type === S_IFLNK) return "is a symbolic link (artifacts hold regular files only; links are never followed or created)";
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) return "is a special file, not a regular file or folder";
  return void 0;
}
function corrupt(error2) {
  return error2 instanceof ZipRefusedError ? error2 : new ZipRefusedError({ reason: "corrupt", detail: oneLine(error2).slice(0, 200) });
}
async function checkEntries(zip, limits) {
  if (zip.entryCount > limits.maxFiles) throw new ZipRefusedError({ reason: "limit", limit: "maxFiles", value: zip.entryCount });
  const checked = [];
  const unsafe = [];
  const seen = /* @__PURE__ */ new Set();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    const name = import_yauzl.default.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
    const problem = nameProblem(name, entry);
    if (problem !== void 0) {
      unsafe.push({ name, problem });
      continue;
    }
    const isDirectory2 = name.endsWith("/") || fileType(entry) === S_IFDIR;
    const path = posix.normalize(name).replace(/\/+$/, "");
    if (path === "." || path === "") continue;
    if (seen.has(path)) {
      unsafe.push({ name, problem: "appears twice (a later copy would replace the first)" });
      continue;
    }
    seen.add(path);
    if (!isDirectory2) {
      if (!entry.canDecodeFileData()) throw new ZipRefusedError({ reason: "corrupt", detail: `entry ${JSON.stringify(name)} is encrypted or uses an unsupported compression method` });
      if (entry.uncompressedSize > limits.maxFileBytes) throw new ZipRefusedError({ reason: "limit", limit: "maxFileBytes", value: entry.uncompressedSize, entry: name });
      if (entry.compressionMethod === 8 && entry.uncompressedSize > entry.compressedSize * MAX_DEFLATE_RATIO + RATIO_SLACK_BYTES) {
        throw new ZipRefusedError({ reason: "ratio", entry: name, uncompressed: entry.uncompressedSize, compressed: entry.compressedSize });
      }
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipRefusedError({ reason: "limit", limit: "maxTotalBytes", value: total });
    }
    checked.push({ entry, path, isDirectory: isDirectory2 });
  }
  if (unsafe.length > 0) throw new ZipRefusedError({ reason: "unsafe", entries: unsafe });
  return checked;
}
async function extractZip(zipPath, destination, limits) {
  let zip;
  try {
    zip = await import_yauzl.default.openPromise(zipPath, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (error2) {
    throw corrupt(error2);
  }
  try {
    const entries = await checkEntries(zip, limits).catch((error2) => Promise.reject(corrupt(error2)));
    const root = resolve(destination);
    let files = 0;
    for (const { entry, path, isDirectory: isDirectory2 } of entries) {
      const target = join(root, ...path.split("/"));
      if (!target.startsWith(root + sep)) throw new ZipRefusedError({ reason: "unsafe", entries: [{ name: path, problem: "leaves the artifact" }] });
      try {
        if (isDirectory2) {
          await mkdir(target, { recursive: true });
          continue;
        }
        await mkdir(join(target, ".."), { recursive: true });
        await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target, { flags: "wx", mode: 420 }));
        files++;
      } catch (error2) {
        throw corrupt(error2);
      }
    }
    return files;
  } finally {
    zip.close();
  }
}

// src/action/limits.ts
var COMMENT_BODY_MAX_CHARS = 65536;
var CHECK_RUN_SUMMARY_MAX_CHARS = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATIONS_MAX_TOTAL = 1e3;
var ANNOTATION_MESSAGE_MAX_CHARS = 4096;
var ANNOTATION_TITLE_MAX_CHARS = 255;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var COMMENTS_PER_PAGE = 100;
var RETRY_MAX_ATTEMPTS = 4;
var RETRY_BASE_DELAY_MS = 1e3;
var RETRY_MAX_DELAY_FACTOR = 60;
var API_TIMEOUT_MS = 3e4;

// src/action/retry.ts
function retryPolicy(env = process.env) {
  const override = Number(env["DUALRUN_RETRY_BASE_MS"]);
  const baseDelayMs = Number.isFinite(override) && override >= 0 && env["DUALRUN_RETRY_BASE_MS"] !== "" ? override : RETRY_BASE_DELAY_MS;
  return { attempts: RETRY_MAX_ATTEMPTS, baseDelayMs, maxDelayMs: baseDelayMs * RETRY_MAX_DELAY_FACTOR };
}
var RequestTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`no answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
  name = "RequestTimeoutError";
};
function httpStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function retryDelay(error2, attempt, policy) {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  if (error2 instanceof RequestTimeoutError) return backoff;
  const status = httpStatus(error2);
  if (status === void 0) return void 0;
  const e = error2;
  const headers = e.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0" || /secondary rate limit/i.test(e.message ?? ""));
  if (status < 500 && !rateLimited) return void 0;
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1e3, backoff) : backoff;
  return Math.min(wanted, policy.maxDelayMs);
}
async function withRetry(call, onRetry, policy = retryPolicy()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error2) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error2, attempt, policy) : void 0;
      if (delay === void 0) throw error2;
      onRetry(error2, delay);
      await new Promise((resolve3) => setTimeout(resolve3, delay));
    }
  }
}

// src/action/secrets.ts
var secrets = [];
var CREDENTIAL_SHAPES = /\bgh[pousr]_[A-Za-z0-9_]{16,}|\bgithub_pat_[A-Za-z0-9_]{16,}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
var INTRODUCED_CREDENTIAL = /\b(authorization["']?\s*[:=]\s*["']?(?:bearer|token|basic)?\s*|bearer\s+|token["']?\s*[:=]\s*["']?)[^\s"',;]{8,}/gi;
var URL_QUERY = /(\bhttps?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi;
function registerSecret(value) {
  if (!value || secrets.includes(value)) return;
  setSecret(value);
  secrets.push(value);
  secrets.sort((a, b) => b.length - a.length);
}
function redact(text) {
  let clean = text;
  for (const secret of secrets) clean = clean.split(secret).join("***");
  return clean.replace(CREDENTIAL_SHAPES, "***").replace(INTRODUCED_CREDENTIAL, "$1***").replace(URL_QUERY, "$1?***");
}

// src/action/github.ts
function apiTimeoutMs(env = process.env) {
  const override = Number(env["DUALRUN_API_TIMEOUT_MS"]);
  return env["DUALRUN_API_TIMEOUT_MS"] && Number.isFinite(override) && override > 0 ? override : API_TIMEOUT_MS;
}
async function createGitHubClient(token, onRetry) {
  const { getOctokit } = await import("./chunks/github-PGQQAXZE.js");
  const client = getOctokit(token);
  const timeoutMs = apiTimeoutMs();
  client.hook.wrap(
    "request",
    (request, options2) => withRetry(
      async () => {
        const signal = AbortSignal.timeout(timeoutMs);
        options2.request = { ...options2.request, signal };
        try {
          return await request(options2);
        } catch (error2) {
          throw signal.aborted ? new RequestTimeoutError(timeoutMs) : error2;
        }
      },
      (error2, delayMs) => onRetry(redact(`${options2.method} ${options2.url} failed (${describeHttpError(error2)}); retrying in ${delayMs} ms`))
    )
  );
  return client;
}
function describeHttpError(error2) {
  const e = error2;
  const status = typeof e?.status === "number" ? `HTTP ${e.status}` : "";
  const message = typeof e?.message === "string" ? e.message.split("\n")[0] : String(error2);
  return redact([status, message.slice(0, 300)].filter(Boolean).join(": ")).slice(0, 240);
}

// src/action/inputs.ts
var FailOn = /* @__PURE__ */ ((FailOn2) => {
  FailOn2["Error"] = "error";
  FailOn2["Warning"] = "warning";
  FailOn2["Never"] = "never";
  return FailOn2;
})(FailOn || {});
var CommentMode = /* @__PURE__ */ ((CommentMode2) => {
  CommentMode2["Update"] = "update";
  CommentMode2["New"] = "new";
  CommentMode2["Off"] = "off";
  return CommentMode2;
})(CommentMode || {});
function closedChoice(name, raw, choices, fallback) {
  if (raw === "") return fallback;
  const valid = Object.values(choices);
  const match = valid.find((choice) => choice === raw.toLowerCase());
  if (match === void 0) throw new UserError(`input ${name} must be one of ${valid.join(", ")}; got '${raw}'`);
  return match;
}
function booleanInput(name, raw, fallback) {
  switch (raw.toLowerCase()) {
    case "":
      return fallback;
    case "true":
      return true;
    case "false":
      return false;
    default:
      throw new UserError(`input ${name} must be true or false; got '${raw}'`);
  }
}
function positiveInteger(name, raw) {
  if (raw === "") return void 0;
  if (!/^[1-9]\d{0,15}$/.test(raw)) throw new UserError(`input ${name} must be a positive whole number; got '${raw}'`);
  return Number(raw);
}
function byteSize(name, raw, fallback) {
  if (raw === "") return fallback;
  const bytes2 = parseByteSize(raw);
  if (bytes2 === void 0) throw new UserError(`input ${name} must be ${BYTE_SIZE_FORMS}; got '${raw}'`);
  return bytes2;
}
function side(read, which, labelFallback) {
  const [artifactInput, pathInput, runIdInput, labelInput] = which === "left" ? ["left-artifact" /* LeftArtifact */, "left-path" /* LeftPath */, "left-run-id" /* LeftRunId */, "left-label" /* LeftLabel */] : ["right-artifact" /* RightArtifact */, "right-path" /* RightPath */, "right-run-id" /* RightRunId */, "right-label" /* RightLabel */];
  const artifact = read(artifactInput);
  const path = read(pathInput);
  const label = read(labelInput) || labelFallback;
  if (artifact !== "" && path !== "") throw new UserError(`set either ${artifactInput} or ${pathInput}, not both`);
  if (artifact === "" && path === "") throw new UserError(`set ${artifactInput} (an artifact name) or ${pathInput} (a folder on disk)`);
  const runId = positiveInteger(runIdInput, read(runIdInput));
  if (path !== "") {
    if (runId !== void 0) throw new UserError(`${runIdInput} applies to ${artifactInput} only, not to ${pathInput}`);
    return { kind: "path", path, label };
  }
  return runId === void 0 ? { kind: "artifact", name: artifact, label } : { kind: "artifact", name: artifact, runId, label };
}
function repository(raw, fallback) {
  const value = raw || fallback || "";
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!match) throw new UserError(`input ${"repository" /* Repository */} must be owner/name; got '${value}'`);
  return { owner: match[1], repo: match[2] };
}
function parseInputs(read, defaultRepository) {
  const optional = (name) => read(name) || void 0;
  const commentKey = read("comment-key" /* CommentKey */);
  const parsed = {
    left: side(read, "left", "aws"),
    right: side(read, "right", "on-prem"),
    repository: repository(read("repository" /* Repository */), defaultRepository),
    token: read("github-token" /* GitHubToken */),
    allowRunIdDrift: booleanInput("allow-run-id-drift" /* AllowRunIdDrift */, read("allow-run-id-drift" /* AllowRunIdDrift */), true),
    failOn: closedChoice("fail-on" /* FailOn */, read("fail-on" /* FailOn */), FailOn, "error" /* Error */),
    comment: closedChoice("comment" /* Comment */, read("comment" /* Comment */), CommentMode, "update" /* Update */),
    commentKey: commentKey || "default",
    checkName: read("check-name" /* CheckName */) || (commentKey ? `dualrun (${commentKey})` : "dualrun"),
    limits: {
      maxFileBytes: byteSize("max-file-size" /* MaxFileSize */, read("max-file-size" /* MaxFileSize */), DEFAULT_LIMITS.maxFileBytes),
      maxTotalBytes: byteSize("max-artifact-size" /* MaxArtifactSize */, read("max-artifact-size" /* MaxArtifactSize */), DEFAULT_LIMITS.maxTotalBytes),
      maxFiles: positiveInteger("max-files" /* MaxFiles */, read("max-files" /* MaxFiles */)) ?? DEFAULT_LIMITS.maxFiles
    }
  };
  const runDir = optional("run-dir" /* RunDir */);
  const policyFile = optional("policy" /* Policy */);
  const schemasDir = optional("schemas" /* Schemas */);
  const prNumber = positiveInteger("pr-number" /* PrNumber */, read("pr-number" /* PrNumber */));
  return {
    ...parsed,
    ...runDir !== void 0 && { runDir },
    ...policyFile !== void 0 && { policyFile },
    ...schemasDir !== void 0 && { schemasDir },
    ...prNumber !== void 0 && { prNumber }
  };
}

// src/action/artifacts.ts
var RUN_DIR_MARKER = "run_summary.v1.json";
var RUN_DIR_SEARCH_DEPTH = 6;
var ArtifactError = class extends UserError {
  constructor(message, kind = "unreadable", problems = [message]) {
    super(message);
    this.kind = kind;
    this.problems = problems;
  }
  kind;
  problems;
  name = "ArtifactError";
};
var LIMIT_INPUT = {
  maxFileBytes: "max-file-size" /* MaxFileSize */,
  maxTotalBytes: "max-artifact-size" /* MaxArtifactSize */,
  maxFiles: "max-files" /* MaxFiles */
};
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
function quoteEntryName(name) {
  return JSON.stringify(shorten(name, 160)).replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function refusalError(where, refusal, limits) {
  switch (refusal.reason) {
    case "limit": {
      const input = LIMIT_INPUT[refusal.limit];
      const limit = limits[refusal.limit];
      const what = refusal.limit === "maxFiles" ? `holds ${refusal.value.toLocaleString("en-US")} entries, over the ${input} limit of ${limit.toLocaleString("en-US")}` : refusal.limit === "maxFileBytes" ? `holds entry ${quoteEntryName(refusal.entry ?? "")} of ${formatBytes(refusal.value)}, over the ${input} limit of ${formatBytes(limit)}` : `holds more than ${formatBytes(limit)} once extracted, over the ${input} limit`;
      return new ArtifactError(`${where} ${what}; refused before extraction (raise ${input} to accept it)`);
    }
    case "ratio":
      return new ArtifactError(
        `${where} holds entry ${quoteEntryName(refusal.entry)} that declares ${formatBytes(refusal.uncompressed)} from ${formatBytes(refusal.compressed)} compressed, more than deflate can produce (a zip bomb); refused before extraction`
      );
    case "corrupt":
      return new ArtifactError(`${where} is not a zip that can be read safely (${refusal.detail}); refused`);
    case "unsafe": {
      const listed = refusal.entries.slice(0, REFUSED_ENTRIES_LISTED);
      const more = refusal.entries.length - listed.length;
      const names = listed.map((e) => quoteEntryName(e.name)).join(", ") + (more > 0 ? ` and ${more} more` : "");
      return new ArtifactError(
        `${where} holds ${refusal.entries.length} unsafe ${refusal.entries.length === 1 ? "entry" : "entries"} (${names}); refused: nothing of it was extracted`,
        "unsafe-path",
        [...listed.map((e) => `${where}: entry ${quoteEntryName(e.name)} ${e.problem}; the artifact was not extracted`), ...more > 0 ? [`${where}: ${more} more unsafe entries`] : []]
      );
    }
  }
}
function describeSource(request) {
  const repo = `${request.repository.owner}/${request.repository.repo}`;
  return request.runId === void 0 ? `this run (${request.currentRunId}) of ${repo}` : `run ${request.runId} of ${repo}`;
}
function findOptions(request) {
  return request.runId === void 0 ? void 0 : {
    findBy: {
      token: request.token,
      workflowRunId: request.runId,
      repositoryOwner: request.repository.owner,
      repositoryName: request.repository.repo
    }
  };
}
function isNotFound(error2) {
  return error2?.name === "ArtifactNotFoundError";
}
function downloadError(request, error2) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  switch (httpStatus(error2)) {
    case 410:
      return new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    case 401:
    case 403:
    case 404:
      return new ArtifactError(`cannot read ${where}: ${describeHttpError(error2)}; the github-token needs actions:read on ${request.repository.owner}/${request.repository.repo}`);
    default:
      return new ArtifactError(`cannot download ${where}: ${describeHttpError(error2)}`);
  }
}
async function downloadedFile(folder, where) {
  const names = await readdir(folder);
  if (names.length !== 1) throw new ArtifactError(`${where}: the download left ${names.length} files instead of one zip`);
  return join2(folder, names[0]);
}
async function downloadRunDir(request, runnerTemp, side2, runDir, limits) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-M7DD42FA.js");
  const client = new DefaultArtifactClient();
  const options2 = findOptions(request);
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  let artifact;
  try {
    artifact = (await client.getArtifact(request.name, options2)).artifact;
  } catch (error2) {
    if (!isNotFound(error2)) throw downloadError(request, error2);
    const names = await client.listArtifacts({ ...options2, latest: true }).then(
      (list) => list.artifacts.map((a) => a.name).sort(),
      () => void 0
    );
    const there = names === void 0 ? "the artifact list could not be read" : names.length > 0 ? `artifacts there: ${names.join(", ")}` : "that run has no artifacts";
    throw new ArtifactError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, "missing");
  }
  const tooLarge = (size) => new ArtifactError(`${where} is ${formatBytes(size)} zipped, over the ${"max-artifact-size" /* MaxArtifactSize */} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${"max-artifact-size" /* MaxArtifactSize */} to accept it)`);
  if (artifact.size > limits.maxTotalBytes) throw tooLarge(artifact.size);
  const zipFolder = await mkdtemp(join2(runnerTemp, `dualrun-${side2}-zip-`));
  try {
    let digestMismatch = false;
    try {
      const result = await client.downloadArtifact(artifact.id, {
        path: zipFolder,
        skipDecompress: true,
        ...artifact.digest && { expectedHash: artifact.digest },
        ...options2 && { findBy: options2.findBy }
      });
      digestMismatch = result.digestMismatch === true;
    } catch (error2) {
      throw downloadError(request, error2);
    }
    if (digestMismatch) throw new ArtifactError(`${where} does not match its recorded digest ${artifact.digest ?? ""}; refusing to compare a corrupted download`);
    const zip = await downloadedFile(zipFolder, where);
    const size = (await stat(zip)).size;
    if (size > limits.maxTotalBytes) throw tooLarge(size);
    const folder = await mkdtemp(join2(runnerTemp, `dualrun-${side2}-`));
    try {
      await extractZip(zip, folder, limits);
    } catch (error2) {
      await rm(folder, { recursive: true, force: true });
      if (error2 instanceof ZipRefusedError) throw refusalError(where, error2.refusal, limits);
      throw error2;
    }
    return await locateRunDir(folder, runDir, where);
  } finally {
    await rm(zipFolder, { recursive: true, force: true });
  }
}
async function isDirectory(path) {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  );
}
async function foldersWithMarker(root) {
  const found = [];
  const visit = async (dir, depth) => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === RUN_DIR_MARKER)) found.push(relative(root, dir) || ".");
    if (depth >= RUN_DIR_SEARCH_DEPTH) return;
    for (const e of entries) if (e.isDirectory()) await visit(join2(dir, e.name), depth + 1);
  };
  await visit(root, 0);
  return found.sort();
}
async function locateRunDir(root, runDir, where) {
  if (runDir !== void 0) {
    const chosen = resolve2(root, runDir);
    if (chosen !== root && !chosen.startsWith(root + sep2)) throw new ArtifactError(`run-dir '${runDir}' points outside ${where}`, "unsafe-path");
    if (!await isDirectory(chosen)) throw new ArtifactError(`run-dir '${runDir}' is not a folder in ${where}`, "missing");
    return chosen;
  }
  const folders = await foldersWithMarker(root);
  if (folders.length === 1) return join2(root, folders[0]);
  if (folders.length === 0) throw new ArtifactError(`${where} holds no ${RUN_DIR_MARKER}; set run-dir to the folder inside the artifact that is the run dir`, "missing");
  throw new ArtifactError(`${where} holds ${folders.length} folders with ${RUN_DIR_MARKER} (${folders.join(", ")}); set run-dir to one of them`);
}
async function uploadReportArtifact(name, files, rootDirectory) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-M7DD42FA.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return id;
}

// src/action/checkRun.ts
async function startCheckRun(client, target, name, headSha) {
  const { data } = await client.rest.checks.create({ ...target, name, head_sha: headSha, status: "in_progress", started_at: (/* @__PURE__ */ new Date()).toISOString() });
  return data.id;
}
function annotationBatches(annotations) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}
async function completeCheckRun(client, target, checkRunId, result) {
  const batches = annotationBatches(result.annotations);
  const output = (annotations) => ({
    title: result.title,
    summary: result.summary,
    ...annotations && annotations.length > 0 && { annotations }
  });
  for (const batch of batches.slice(0, -1)) {
    await client.rest.checks.update({ ...target, check_run_id: checkRunId, output: output(batch) });
  }
  await client.rest.checks.update({
    ...target,
    check_run_id: checkRunId,
    status: "completed",
    conclusion: result.conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: output(batches.at(-1))
  });
}

// src/action/comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function commentMarker(commentKey) {
  return `<!-- dualrun:comment key=${markerKey(commentKey)} -->
`;
}
async function ownLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}
async function findStickyComment(client, target, marker, login) {
  const comments = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: COMMENTS_PER_PAGE
  });
  for await (const page of comments) {
    const mine = page.data.find((c) => c.user?.login === login && (c.body ?? "").startsWith(marker));
    if (mine) return { id: mine.id, body: mine.body ?? "" };
  }
  return void 0;
}
async function writeComment(client, target, body, mode, marker) {
  const where = { owner: target.owner, repo: target.repo };
  if (mode === "update" /* Update */) {
    const existing = await findStickyComment(client, target, marker, await ownLogin(client));
    if (existing && existing.body === body) return { id: existing.id, action: "unchanged" };
    if (existing) {
      try {
        const { data: data2 } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
        return { id: data2.id, action: "updated" };
      } catch (error2) {
        if (httpStatus(error2) !== 404) throw error2;
      }
    }
  }
  const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body });
  return { id: data.id, action: "created" };
}
async function findPullRequestByHead(client, owner, repo, head) {
  const { data } = await client.rest.pulls.list({ owner, repo, state: "open", head: `${head.owner}:${head.branch}`, per_page: COMMENTS_PER_PAGE });
  return data.find((pr) => pr.head.sha === head.sha)?.number;
}

// src/action/context.ts
import { readFileSync } from "node:fs";
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function readRunContext(env = process.env) {
  const [owner, repo] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  if (!owner || !repo) throw new UserError("GITHUB_REPOSITORY is not set; dualrun must run as a step of a GitHub Actions job");
  const payload = readPayload(env["GITHUB_EVENT_PATH"]);
  const run2 = payload.workflow_run;
  const prNumber = payload.pull_request?.number ?? run2?.pull_requests?.[0]?.number;
  const headSha = payload.pull_request?.head?.sha ?? run2?.head_sha ?? env["GITHUB_SHA"] ?? "";
  const headOwner = run2?.head_repository?.owner?.login;
  return {
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    repo: { owner, repo },
    runId: Number(env["GITHUB_RUN_ID"] ?? 0),
    serverUrl: (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, ""),
    headSha,
    ...prNumber !== void 0 && { prNumber },
    ...run2 && headOwner && run2.head_branch && run2.head_sha && { workflowRunHead: { owner: headOwner, branch: run2.head_branch, sha: run2.head_sha } }
  };
}
function isGhes(serverUrl) {
  const host = new URL(serverUrl).hostname.toUpperCase();
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}

// src/action/outputs.ts
function setReportOutputs(write, report, reportPath) {
  write("verdict" /* Verdict */, report.verdict);
  write("findings" /* Findings */, String(report.counts.total));
  write("report" /* Report */, reportPath);
}
function gateFails(report, failOn) {
  switch (failOn) {
    case "error" /* Error */:
      return report.verdict === "error" || report.counts.errors > 0;
    case "warning" /* Warning */:
      return report.verdict === "error" || report.counts.total > 0;
    case "never" /* Never */:
      return false;
  }
}
function checkConclusion(report, failOn) {
  if (gateFails(report, failOn)) return "failure";
  return report.counts.total > 0 || report.verdict !== "pass" ? "neutral" : "success";
}

// src/action/summary.ts
import { appendFile, stat as stat2 } from "node:fs/promises";
async function jobSummaryBudget(file) {
  const used = await stat2(file).then(
    (s) => s.size,
    () => 0
  );
  return Math.max(0, JOB_SUMMARY_MAX_BYTES - used);
}
async function appendJobSummary(file, markdown) {
  if (!file) return false;
  await appendFile(file, markdown, "utf8");
  return true;
}

// src/action/unusableReport.ts
function unusableFindings(sides) {
  return sides.flatMap((s) => "error" in s ? s.error.problems.map((message) => finding(s.error.kind, { artifact: "run_dir", side: s.side, message })) : []);
}
async function unusableRunReport(left, right, options2) {
  const identity = (s) => ({ label: s.label, path: "error" in s ? s.source : s.path, run_id: null });
  return buildReport({
    left: identity(left),
    right: identity(right),
    options: { allowRunIdDrift: options2.allowRunIdDrift, schemas: options2.schemasDir ? options2.schemasDir : "builtin" },
    presence: [],
    findings: unusableFindings([left, right]),
    policy: await loadPolicy(options2.policyFile),
    stats: [],
    files: []
  });
}

// src/action/main.ts
var REPORT_ARTIFACT = "dualrun-report";
var bytes = (text) => Buffer.byteLength(text, "utf8");
async function bestEffort(what, publish2) {
  try {
    return await publish2();
  } catch (error2) {
    const status = httpStatus(error2);
    const hint = status === 403 ? " (the token is read-only here, e.g. on a pull request from a fork; see the workflow_run pattern in the README)" : status === 404 ? " (it no longer exists, or the token cannot see it)" : "";
    warning(`dualrun could not ${what}: ${describeHttpError(error2)}${hint}`);
    return void 0;
  }
}
async function acquire(source, side2, inputs, context, runnerTemp) {
  if (source.kind === "path") return { side: side2, label: source.label, path: source.path };
  const request = {
    name: source.name,
    repository: source.runId === void 0 ? context.repo : inputs.repository,
    token: inputs.token,
    currentRunId: context.runId,
    ...source.runId !== void 0 && { runId: source.runId }
  };
  startGroup(`Downloading ${side2} artifact ${source.name}`);
  try {
    return { side: side2, label: source.label, path: await downloadRunDir(request, runnerTemp, side2, inputs.runDir, inputs.limits) };
  } catch (error2) {
    if (!(error2 instanceof ArtifactError)) throw error2;
    return { side: side2, label: source.label, source: `artifact ${source.name} in ${describeSource(request)}`, error: error2 };
  } finally {
    endGroup();
  }
}
async function compareAcquired(left, right, inputs) {
  const options2 = {
    allowRunIdDrift: inputs.allowRunIdDrift,
    ...inputs.policyFile !== void 0 && { policyFile: inputs.policyFile },
    ...inputs.schemasDir !== void 0 && { schemasDir: inputs.schemasDir }
  };
  if ("path" in left && "path" in right) {
    return compareRuns({ ...options2, left: { path: left.path, label: left.label }, right: { path: right.path, label: right.label }, limits: inputs.limits });
  }
  for (const side2 of [left, right]) if ("error" in side2) error(`dualrun: ${side2.error.message}`);
  return unusableRunReport(left, right, options2);
}
async function pullRequestNumber(client, inputs, context) {
  if (inputs.prNumber !== void 0) return inputs.prNumber;
  if (context.prNumber !== void 0) return context.prNumber;
  if (context.workflowRunHead === void 0) return void 0;
  return findPullRequestByHead(client, context.repo.owner, context.repo.repo, context.workflowRunHead);
}
async function writeReportFiles(report, runnerTemp) {
  const folder = await mkdtemp2(join3(runnerTemp, "dualrun-report-"));
  const json = join3(folder, `${REPORT_ARTIFACT}.json`);
  const markdown = join3(folder, `${REPORT_ARTIFACT}.md`);
  await writeFile(json, renderJson(report), "utf8");
  await writeFile(markdown, renderMarkdownReport(report), "utf8");
  return { folder, json, markdown };
}
async function publish(report, inputs, context, client, checkRunId, runnerTemp) {
  const files = await writeReportFiles(report, runnerTemp);
  setReportOutputs(setOutput, report, files.json);
  info(`dualrun: ${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings); report: ${files.json}`);
  const reportName = inputs.commentKey === "default" ? REPORT_ARTIFACT : `${REPORT_ARTIFACT}-${markerKey(inputs.commentKey)}`;
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
  const artifactId = process.env["ACTIONS_RUNTIME_TOKEN"] ? await bestEffort("upload the report artifact", () => uploadReportArtifact(reportName, [files.json, files.markdown], files.folder)) : void 0;
  const artifactUrl = artifactId === void 0 ? void 0 : `${runUrl}/artifacts/${artifactId}`;
  const summaryFile = process.env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) {
    const maxSize = await jobSummaryBudget(summaryFile);
    const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget: { maxSize, measure: bytes } });
    await bestEffort("write the job summary", () => appendJobSummary(summaryFile, summary));
  }
  if (client && inputs.comment !== "off" /* Off */) {
    const issueNumber = await bestEffort("find the pull request", () => pullRequestNumber(client, inputs, context));
    if (issueNumber === void 0) info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`);
    else {
      const marker = commentMarker(inputs.commentKey);
      const body = renderMarkdownReport(report, { header: marker, reportName, reportUrl: `${runUrl}#artifacts`, budget: { maxSize: COMMENT_BODY_MAX_CHARS } });
      const result = await bestEffort(
        "write the pull request comment",
        () => writeComment(client, { ...context.repo, issueNumber }, body, inputs.comment === "new" /* New */ ? "new" /* New */ : "update" /* Update */, marker)
      );
      if (result) {
        setOutput("comment-id" /* CommentId */, String(result.id));
        info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`);
      }
    }
  }
  if (client && checkRunId !== void 0) {
    const { annotations, omitted } = renderAnnotations(report, {
      maxAnnotations: ANNOTATIONS_MAX_TOTAL,
      maxTitleChars: ANNOTATION_TITLE_MAX_CHARS,
      maxMessageChars: ANNOTATION_MESSAGE_MAX_CHARS
    });
    const note = omitted > 0 ? `
${omitted.toLocaleString("en-US")} more findings are not annotated (at most ${ANNOTATIONS_MAX_TOTAL.toLocaleString("en-US")} per check run).
` : "";
    const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget: { maxSize: CHECK_RUN_SUMMARY_MAX_CHARS - note.length } }) + note;
    const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, CHECK_RUN_TITLE_MAX_CHARS);
    await bestEffort(
      `complete check run ${checkRunId}`,
      () => completeCheckRun(client, checkTarget(context), checkRunId, { conclusion: checkConclusion(report, inputs.failOn), title, summary, annotations })
    );
  }
}
function checkTarget(context) {
  return { owner: context.repo.owner, repo: context.repo.repo };
}
async function run() {
  const runnerTemp = process.env["RUNNER_TEMP"] || tmpdir();
  let client;
  let context;
  let checkRunId;
  try {
    context = readRunContext();
    registerSecret(getInput("github-token" /* GitHubToken */));
    registerSecret(process.env["ACTIONS_RUNTIME_TOKEN"]);
    const inputs = parseInputs((name) => getInput(name), process.env["GITHUB_REPOSITORY"]);
    if ((inputs.left.kind === "artifact" || inputs.right.kind === "artifact") && isGhes(context.serverUrl)) {
      throw new UserError(
        `artifact download is not available on GitHub Enterprise Server (${context.serverUrl}); download the run dirs with actions/download-artifact@v3 and pass left-path and right-path instead`
      );
    }
    const runContext = context;
    client = inputs.token ? await createGitHubClient(inputs.token, (message) => info(message)) : void 0;
    const github = client;
    if (github && runContext.headSha) {
      checkRunId = await bestEffort("create the check run", () => startCheckRun(github, checkTarget(runContext), inputs.checkName, runContext.headSha));
      if (checkRunId !== void 0) setOutput("check-run-id" /* CheckRunId */, String(checkRunId));
    }
    const left = await acquire(inputs.left, "left", inputs, context, runnerTemp);
    const right = await acquire(inputs.right, "right", inputs, context, runnerTemp);
    const report = await compareAcquired(left, right, inputs);
    await publish(report, inputs, context, client, checkRunId, runnerTemp);
    if (gateFails(report, inputs.failOn)) {
      setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`);
    }
  } catch (error2) {
    const message = redact(error2 instanceof UserError ? `dualrun: ${error2.message}` : `dualrun: unexpected error: ${oneLine(error2)}`);
    if (!(error2 instanceof UserError) && error2 instanceof Error && error2.stack) debug(redact(error2.stack));
    setOutput("verdict" /* Verdict */, "error");
    await reportFailure(message, client, context, checkRunId);
    setFailed(message);
  }
}
async function reportFailure(message, client, context, checkRunId) {
  const text = `### \u26D4 dualrun could not compare

${mdText(message, 2e3)}
`;
  await bestEffort("write the job summary", () => appendJobSummary(process.env["GITHUB_STEP_SUMMARY"], text));
  if (client && context && checkRunId !== void 0) {
    const github = client;
    const target = checkTarget(context);
    await bestEffort(
      `complete check run ${checkRunId}`,
      () => completeCheckRun(github, target, checkRunId, { conclusion: "failure", title: "dualrun could not compare", summary: text, annotations: [] })
    );
  }
}

// src/index.ts
await run();
