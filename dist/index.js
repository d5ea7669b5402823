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
} from "./chunks/chunk-FKCCZKXX.js";
import "./chunks/chunk-KKBIEV2A.js";
import {
  renderMarkdownReport
} from "./chunks/chunk-TPFPQZNX.js";
import {
  markerKey,
  mdText,
  plainText,
  shorten,
  shortenTo,
  singleLine
} from "./chunks/chunk-RZJIQBVB.js";
import {
  debug,
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-RT6V3FCV.js";
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
var MESSAGE_MAX_CHARS = 4096;
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
    title: shortenTo(plainText(singleLine(title), limits.title.maxSize), limits.title),
    message: shortenTo(plainText(lines.map(singleLine).join("\n"), MESSAGE_MAX_CHARS), limits.message)
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

// src/action/settings.ts
var RETRY_MAX_ATTEMPTS = 4;
var RETRY_BASE_DELAY_MS = 1e3;
var RETRY_MAX_DELAY_FACTOR = 60;
var API_TIMEOUT_MS = 3e4;
var DOWNLOAD_TIMEOUT_DEFAULT_S = 600;
var PROGRESS_INTERVAL_MS = 5e3;
function envMs(env, name, fallback, allowZero = false) {
  const raw = env[name];
  const value = Number(raw);
  return raw && Number.isFinite(value) && (value > 0 || allowZero && value === 0) ? value : fallback;
}
function apiTimeoutMs(env = process.env) {
  return envMs(env, "DUALRUN_API_TIMEOUT_MS", API_TIMEOUT_MS);
}
function retryBaseDelayMs(env = process.env) {
  return envMs(env, "DUALRUN_RETRY_BASE_MS", RETRY_BASE_DELAY_MS, true);
}
function progressIntervalMs(env = process.env) {
  return envMs(env, "DUALRUN_PROGRESS_INTERVAL_MS", PROGRESS_INTERVAL_MS, true);
}

// src/action/retry.ts
function retryPolicy(env = process.env) {
  const baseDelayMs = retryBaseDelayMs(env);
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
var TransientError = class extends Error {
  name = "TransientError";
};
function httpStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function headersOf(error2) {
  return error2?.response?.headers ?? {};
}
function primaryRateLimitReset(error2) {
  const status = httpStatus(error2);
  const headers = headersOf(error2);
  if (status !== 403 && status !== 429 || String(headers["x-ratelimit-remaining"]) !== "0" || headers["retry-after"] !== void 0) return void 0;
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1e3) : new Date(Number.NaN);
}
function retryDelay(error2, attempt, policy, now = Date.now()) {
  const backoff = Math.min(policy.baseDelayMs * 2 ** attempt, policy.maxDelayMs);
  if (error2 instanceof RequestTimeoutError || error2 instanceof TransientError) return backoff;
  const status = httpStatus(error2);
  if (status === void 0) return void 0;
  const e = error2;
  const headers = headersOf(error2);
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0 && !(reset.getTime() - now <= policy.maxDelayMs)) return void 0;
  const retryAfter = Number(headers["retry-after"]);
  const rateLimited = status === 429 || status === 403 && (headers["retry-after"] !== void 0 || String(headers["x-ratelimit-remaining"]) === "0" || /secondary rate limit/i.test(e.message ?? ""));
  if (status < 500 && !rateLimited) return void 0;
  const untilReset = reset !== void 0 ? Math.max(0, reset.getTime() - now) : 0;
  const wanted = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(retryAfter * 1e3, backoff) : Math.max(untilReset, backoff);
  return Math.min(wanted, policy.maxDelayMs);
}
function sleep(ms, signal) {
  return new Promise((resolve3) => {
    if (signal?.aborted) return resolve3();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve3();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
async function withRetry(call, onRetry, policy = retryPolicy(), signal) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error2) {
      const delay = attempt + 1 < policy.attempts && !signal?.aborted ? retryDelay(error2, attempt, policy) : void 0;
      if (delay === void 0) throw error2;
      onRetry(error2, delay);
      await sleep(delay, signal);
    }
  }
}
function mayHaveBeenApplied(error2) {
  const status = httpStatus(error2);
  return error2 instanceof RequestTimeoutError || status === void 0 || status >= 500;
}
async function createOnce(create, findCreated, onRetry, policy = retryPolicy()) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error2) {
      const delay = attempt + 1 < policy.attempts ? retryDelay(error2, attempt, policy) : void 0;
      if (delay !== void 0) onRetry(error2, delay, mayHaveBeenApplied(error2));
      if (delay !== void 0) await sleep(delay);
      if (mayHaveBeenApplied(error2)) {
        const found = await findCreated();
        if (found !== void 0) return found;
      }
      if (delay === void 0) throw error2;
    }
  }
}

// src/action/http.ts
var HttpStatusError = class extends Error {
  constructor(status, message, headers) {
    super(message);
    this.status = status;
    this.response = { headers: Object.fromEntries(headers.entries()) };
  }
  status;
  name = "HttpStatusError";
  response;
};
async function answerMessage(response) {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text);
    const message = typeof body.message === "string" ? body.message : typeof body.msg === "string" ? body.msg : "";
    if (message) return message.split("\n")[0].slice(0, 200);
  } catch {
  }
  return response.statusText || `HTTP ${response.status}`;
}
function networkCause(error2) {
  const cause = error2?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return error2 instanceof Error ? error2.message : String(error2);
}
async function send(url, init, timeoutMs, deadline) {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.any([timeout, deadline]) });
  } catch (error2) {
    if (deadline.aborted) throw deadline.reason;
    if (timeout.aborted) throw new RequestTimeoutError(timeoutMs);
    throw new TransientError(`connection failed (${networkCause(error2)})`);
  }
  const redirected = init.acceptRedirect === true && response.status >= 300 && response.status < 400;
  if (!response.ok && !redirected) throw new HttpStatusError(response.status, await answerMessage(response), response.headers);
  return response;
}
async function sendForJson(url, init, timeoutMs, deadline) {
  const response = await send(url, init, timeoutMs, deadline);
  try {
    return await response.json();
  } catch (error2) {
    if (deadline.aborted) throw deadline.reason;
    throw new TransientError(`the answer could not be read (${networkCause(error2)})`);
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

// src/action/artifactService.ts
var TWIRP_SERVICE = "github.actions.results.api.v1.ArtifactService";
var USER_AGENT = "dualrun";
function resultsAccess(env = process.env) {
  const token = env["ACTIONS_RUNTIME_TOKEN"];
  const url = env["ACTIONS_RESULTS_URL"];
  if (!token || !url) throw new Error("ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: artifacts of this run can only be read by a step running on an Actions runner");
  let scopes = "";
  try {
    scopes = String(JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")).scp ?? "");
  } catch {
  }
  const results = scopes.split(" ").find((s) => s.startsWith("Actions.Results:"));
  const [, runBackendId, jobBackendId] = results?.split(":") ?? [];
  if (!runBackendId || !jobBackendId) throw new Error("ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope; artifacts of this run cannot be read");
  return { origin: new URL(url).origin, token, runBackendId, jobBackendId };
}
async function twirp(method, body, bounds) {
  const access = resultsAccess();
  return sendForJson(
    `${access.origin}/twirp/${TWIRP_SERVICE}/${method}`,
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${access.token}`, "user-agent": USER_AGENT },
      body: JSON.stringify({ workflow_run_backend_id: access.runBackendId, workflow_job_run_backend_id: access.jobBackendId, ...body })
    },
    bounds.timeoutMs,
    bounds.deadline
  );
}
function apiUrl(path) {
  return `${(process.env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, "")}${path}`;
}
function restHeaders(token) {
  return { authorization: `token ${token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": USER_AGENT };
}
function newest(list) {
  return [...list].sort((a, b) => b.id - a.id)[0];
}
async function listArtifacts(location, name, bounds) {
  if (location.runId === void 0) {
    const { artifacts: artifacts2 } = await twirp("ListArtifacts", name === void 0 ? {} : { name_filter: name }, bounds);
    return (artifacts2 ?? []).map((a) => ({ id: Number(a.database_id), name: a.name, size: Number(a.size), ...a.digest && { digest: a.digest }, expired: false }));
  }
  const { owner, repo } = location.repository;
  const query = new URLSearchParams({ per_page: "100", ...name !== void 0 && { name } });
  const { artifacts } = await sendForJson(
    apiUrl(`/repos/${owner}/${repo}/actions/runs/${location.runId}/artifacts?${query}`),
    { headers: restHeaders(location.token) },
    bounds.timeoutMs,
    bounds.deadline
  );
  return (artifacts ?? []).map((a) => ({ id: a.id, name: a.name, size: a.size_in_bytes, ...a.digest && { digest: a.digest }, expired: a.expired }));
}
async function findArtifact(location, bounds) {
  return newest((await listArtifacts(location, location.name, bounds)).filter((a) => a.name === location.name));
}
function maskSignature(url) {
  for (const [key, value] of new URL(url).searchParams) if (/sig|signature|token|credential/i.test(key)) registerSecret(value);
}
async function signedZipUrl(location, artifact, bounds) {
  let url;
  if (location.runId === void 0) {
    url = (await twirp("GetSignedArtifactURL", { name: artifact.name }, bounds)).signed_url ?? "";
  } else {
    const { owner, repo } = location.repository;
    const response = await send(
      apiUrl(`/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`),
      { headers: restHeaders(location.token), redirect: "manual", acceptRedirect: true },
      bounds.timeoutMs,
      bounds.deadline
    );
    await response.body?.cancel();
    url = response.headers.get("location") ?? "";
    if (!url) throw new HttpStatusError(response.status, `the /zip answer (HTTP ${response.status}) has no redirect`, response.headers);
  }
  if (!url) throw new Error("the results service answered without a signed URL");
  maskSignature(url);
  return url;
}

// src/action/blobDownload.ts
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream as createWriteStream2 } from "node:fs";
var DigestMismatchError = class extends TransientError {
  constructor(recorded, received) {
    super(`the zip's digest ${received} is not the recorded ${recorded}`);
    this.recorded = recorded;
    this.received = received;
  }
  recorded;
  received;
  name = "DigestMismatchError";
};
function progressText(received, total) {
  const percent = total > 0 ? ` (${Math.min(100, Math.floor(received / total * 100))}%)` : "";
  return `${formatBytes(received)} of ${formatBytes(total)}${percent}`;
}
async function downloadBlob(d) {
  const stall = new AbortController();
  let timer = setTimeout(() => stall.abort(), d.stallMs);
  const keepAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), d.stallMs);
  };
  let received = 0;
  const failure = (error2, during) => {
    if (d.deadline.aborted) return d.deadline.reason;
    if (stall.signal.aborted) return new TransientError(`no data for ${d.stallMs} ms ${during}, at ${progressText(received, d.size)}`);
    if (error2 instanceof HttpStatusError || error2 instanceof TransientError) return error2;
    return new TransientError(`connection lost ${during} at ${progressText(received, d.size)} (${networkCause(error2)})`);
  };
  const out = createWriteStream2(d.file);
  const closed = once(out, "close");
  try {
    d.stage("waiting for blob storage to answer");
    let response;
    try {
      response = await fetch(d.url, { signal: AbortSignal.any([stall.signal, d.deadline]) });
    } catch (error2) {
      throw failure(error2, "waiting for blob storage to answer");
    }
    if (!response.ok || !response.body) throw new HttpStatusError(response.status, `blob storage answered HTTP ${response.status}`, response.headers);
    keepAlive();
    const announced = Number(response.headers.get("content-length") ?? Number.NaN);
    const hash = createHash("sha256");
    let lastReport = Date.now();
    try {
      for await (const chunk of response.body) {
        keepAlive();
        received += chunk.length;
        hash.update(chunk);
        if (!out.write(chunk)) await once(out, "drain");
        d.stage(`receiving the zip from blob storage, at ${progressText(received, d.size)}`);
        if (Date.now() - lastReport >= d.progressIntervalMs) {
          lastReport = Date.now();
          d.progress(progressText(received, d.size));
        }
      }
    } catch (error2) {
      throw failure(error2, "receiving the zip");
    }
    const expected = Number.isFinite(announced) ? announced : d.size;
    if (received !== expected || d.size > 0 && received !== d.size) {
      throw new TransientError(`the zip ended after ${formatBytes(received)} instead of ${formatBytes(Number.isFinite(announced) ? announced : d.size)}`);
    }
    const digest = `sha256:${hash.digest("hex")}`;
    if (d.digest !== void 0 && d.digest.toLowerCase().replace(/^sha256:/, "") !== digest.slice("sha256:".length)) throw new DigestMismatchError(d.digest, digest);
  } finally {
    clearTimeout(timer);
    out.end();
    await closed;
  }
}

// src/action/github.ts
var SEND_ONCE = { request: { dualrunSendOnce: true } };
async function createGitHubClient(token, onRetry) {
  const { getOctokit } = await import("./chunks/github-PGQQAXZE.js");
  const client = getOctokit(token);
  const timeoutMs = apiTimeoutMs();
  client.hook.wrap("request", (request, options2) => {
    const sendOnce = options2.request?.dualrunSendOnce === true;
    return withRetry(
      async () => {
        const signal = AbortSignal.timeout(timeoutMs);
        options2.request = { ...options2.request, signal };
        try {
          return await request(options2);
        } catch (error2) {
          throw signal.aborted ? new RequestTimeoutError(timeoutMs) : error2;
        }
      },
      (error2, delayMs) => onRetry(redact(`${options2.method} ${options2.url} failed (${describeHttpError(error2)}); retrying in ${delayMs} ms`)),
      sendOnce ? { ...retryPolicy(), attempts: 1 } : retryPolicy()
    );
  });
  return client;
}
function describeHttpError(error2) {
  const e = error2;
  const status = typeof e?.status === "number" ? `HTTP ${e.status}` : "";
  const message = typeof e?.message === "string" ? e.message.split("\n")[0] : String(error2);
  return redact([status, message.slice(0, 300)].filter(Boolean).join(": ")).slice(0, 240);
}
function createRetryLine(what, error2, delayMs, looksFirst) {
  return redact(`${what} failed (${describeHttpError(error2)}); ${looksFirst ? "looking for what it may have made, then " : ""}retrying in ${delayMs} ms`);
}

// src/action/hints.ts
function rateLimitHint(reset, now = Date.now()) {
  if (Number.isNaN(reset.getTime())) return "the API rate limit of the github-token is exhausted";
  const minutes = Math.max(0, Math.ceil((reset.getTime() - now) / 6e4));
  return `the API rate limit of the github-token is exhausted; it resets at ${reset.toISOString().replace(/\.\d{3}Z$/, "Z")} (in ${minutes} min)`;
}
var NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i;
function failureHint(error2, permission, fromFork) {
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0) return ` (${rateLimitHint(reset)})`;
  const status = httpStatus(error2);
  const message = String(error2?.message ?? "");
  if (status === 403 && fromFork) return " (the token is read-only on a pull request from a fork; see the workflow_run pattern in the README)";
  if (status === 403 && NOT_ACCESSIBLE.test(message)) return ` (the github-token lacks ${permission}; grant it in the job's permissions)`;
  if (status === 404) return " (it no longer exists, or the token cannot see it)";
  return "";
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
  const bytes = parseByteSize(raw);
  if (bytes === void 0) throw new UserError(`input ${name} must be ${BYTE_SIZE_FORMS}; got '${raw}'`);
  return bytes;
}
var DURATION_UNITS_MS = { "": 1e3, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(raw) {
  const match = /^(\d+(?:\.\d+)?)\s*([smh]?)$/i.exec(raw.trim());
  if (!match) return void 0;
  const ms = Math.round(Number(match[1]) * DURATION_UNITS_MS[match[2].toLowerCase()]);
  return ms > 0 && Number.isSafeInteger(ms) ? ms : void 0;
}
function duration(name, raw, fallbackMs) {
  if (raw === "") return fallbackMs;
  const ms = parseDuration(raw);
  if (ms === void 0) throw new UserError(`input ${name} must be a number of seconds or a duration such as 90s, 10m or 1h; got '${raw}'`);
  return ms;
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
    },
    downloadTimeoutMs: duration("download-timeout" /* DownloadTimeout */, read("download-timeout" /* DownloadTimeout */), DOWNLOAD_TIMEOUT_DEFAULT_S * 1e3)
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
var DeadlineError = class extends Error {
  name = "DeadlineError";
};
function formatDuration(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return ms < 1e3 ? `${ms}ms` : `${seconds}s`;
  return seconds % 60 === 0 ? `${seconds / 60}m` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}
function downloadError(request, error2, attempts) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  if (error2 instanceof DigestMismatchError) {
    return new ArtifactError(`${where} does not match its recorded digest ${error2.recorded} (${attempts} downloads gave ${error2.received}); refusing to compare a corrupted download`);
  }
  const reset = primaryRateLimitReset(error2);
  if (reset !== void 0) return new ArtifactError(`cannot read ${where}: ${describeHttpError(error2)}; ${rateLimitHint(reset)}`);
  switch (httpStatus(error2)) {
    case 410:
      return new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    case 401:
    case 403:
    case 404:
      return new ArtifactError(`cannot read ${where}: ${describeHttpError(error2)}; the github-token needs actions: read on ${request.repository.owner}/${request.repository.repo}`);
    default:
      return new ArtifactError(`cannot download ${where}: ${describeHttpError(error2)}`);
  }
}
async function downloadZip(request, zipFile, limits, settings) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  const deadline = new AbortController();
  let stage = "looking the artifact up";
  const timer = setTimeout(() => deadline.abort(new DeadlineError(stage)), settings.deadlineMs);
  const bounds = { timeoutMs: settings.requestTimeoutMs, deadline: deadline.signal };
  const retried = (what, call) => {
    stage = what;
    return withRetry(call, (error2, delayMs) => settings.log(`${what} failed (${describeHttpError(error2)}); retrying in ${delayMs} ms`), settings.policy, deadline.signal).then(
      (value) => {
        if (deadline.signal.aborted) throw deadline.signal.reason;
        return value;
      },
      (error2) => {
        throw deadline.signal.aborted ? deadline.signal.reason : error2;
      }
    );
  };
  try {
    const artifact = await retried("looking the artifact up", () => findArtifact(request, bounds));
    if (artifact === void 0) {
      const names = await retried("listing the artifacts", () => listArtifacts(request, void 0, bounds)).then(
        (list) => [...new Set(list.map((a) => a.name))].sort(),
        () => void 0
      );
      const there = names === void 0 ? "the artifact list could not be read" : names.length > 0 ? `artifacts there: ${names.join(", ")}` : "that run has no artifacts";
      throw new ArtifactError(`artifact ${request.name} not found in ${describeSource(request)}; ${there}`, "missing");
    }
    if (artifact.expired) throw new ArtifactError(`${where} has expired or was deleted (HTTP 410); re-run the job that uploads it`, "missing");
    if (artifact.size > limits.maxTotalBytes) throw tooLarge(where, artifact.size, limits);
    settings.log(`${formatBytes(artifact.size)} to download (zip, digest ${artifact.digest ?? "not recorded"})`);
    const started = Date.now();
    await retried("downloading the zip", async () => {
      const url = await retried("getting the signed download URL", () => signedZipUrl(request, artifact, bounds));
      stage = "downloading the zip";
      await downloadBlob({
        url,
        file: zipFile,
        size: artifact.size,
        ...artifact.digest !== void 0 && { digest: artifact.digest },
        stallMs: settings.requestTimeoutMs,
        deadline: deadline.signal,
        progressIntervalMs: settings.progressIntervalMs,
        progress: (text) => settings.log(text),
        stage: (what) => stage = what
      });
    });
    settings.log(`downloaded ${formatBytes(artifact.size)} in ${((Date.now() - started) / 1e3).toFixed(1)} s, digest verified`);
  } catch (error2) {
    if (error2 instanceof ArtifactError) throw error2;
    if (error2 instanceof DeadlineError) {
      throw new ArtifactError(`${where} did not download within ${formatDuration(settings.deadlineMs)} (${"download-timeout" /* DownloadTimeout */}); it stalled ${error2.message}`);
    }
    throw downloadError(request, error2, settings.policy.attempts);
  } finally {
    clearTimeout(timer);
  }
}
function tooLarge(where, size, limits) {
  return new ArtifactError(
    `${where} is ${formatBytes(size)} zipped, over the ${"max-artifact-size" /* MaxArtifactSize */} limit of ${formatBytes(limits.maxTotalBytes)}; refused before extraction (raise ${"max-artifact-size" /* MaxArtifactSize */} to accept it)`
  );
}
async function downloadRunDir(request, runnerTemp, side2, runDir, limits, settings) {
  const where = `artifact ${request.name} in ${describeSource(request)}`;
  const zipFolder = await mkdtemp(join2(runnerTemp, `dualrun-${side2}-zip-`));
  try {
    const zip = join2(zipFolder, "artifact.zip");
    await downloadZip(request, zip, limits, settings);
    const size = (await stat(zip)).size;
    if (size > limits.maxTotalBytes) throw tooLarge(where, size, limits);
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
  const { DefaultArtifactClient } = await import("./chunks/artifact-2XZIYIMK.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return id;
}

// src/action/limits.ts
var COMMENT_BODY_MAX_CHARS = 65536;
var CHECK_RUN_OUTPUT_MAX_BYTES = 65535;
var CHECK_RUN_TITLE_MAX_CHARS = 255;
var ANNOTATIONS_PER_REQUEST = 50;
var ANNOTATIONS_MAX_TOTAL = 1e3;
var ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;
var ANNOTATION_TITLE_MAX_CHARS = 255;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var COMMENTS_PER_PAGE = 100;
var CHECK_RUNS_PER_PAGE = 100;
function utf8Bytes(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/checkRun.ts
function checkRunExternalId(runId, runAttempt, job) {
  return `dualrun:${runId}:${runAttempt}:${job}`;
}
async function findCheckRun(client, target, completedOnly = false) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: target.name,
    filter: "all",
    per_page: CHECK_RUNS_PER_PAGE
  });
  const ours = runs.find((r) => r.external_id === target.externalId && (!completedOnly || r.status === "completed"));
  return ours && { id: ours.id, url: ours.html_url ?? void 0 };
}
var retryLine = (what, log) => (error2, delayMs, looksFirst) => log.retry(createRetryLine(what, error2, delayMs, looksFirst));
async function startCheckRun(client, target, log) {
  const where = { owner: target.owner, repo: target.repo };
  return createOnce(
    async () => {
      const { data } = await client.rest.checks.create({
        ...where,
        name: target.name,
        head_sha: target.headSha,
        external_id: target.externalId,
        status: "in_progress",
        started_at: (/* @__PURE__ */ new Date()).toISOString(),
        ...SEND_ONCE
      });
      return { id: data.id, url: data.html_url ?? void 0 };
    },
    () => findCheckRun(client, target),
    retryLine("creating the check run", log)
  );
}
function annotationBatches(annotations) {
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}
var output = (result, annotations, summary = result.summary) => ({
  title: result.title,
  summary,
  ...annotations && annotations.length > 0 && { annotations }
});
async function appendAnnotations(client, target, id, result, batches, log) {
  let sent = 0;
  for (const batch of batches) {
    try {
      await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: output(result, batch) });
      sent += batch.length;
    } catch (error2) {
      if (httpStatus(error2) === 404) throw error2;
      const total = batches.reduce((n, b) => n + b.length, 0);
      log.warn(`dualrun could not add annotations to check run ${id} (${describeHttpError(error2)}); ${sent} of ${total} sent, completing it without the rest`);
      break;
    }
  }
  return sent;
}
async function sendCompletion(client, target, id, result, last, log) {
  const completion = { owner: target.owner, repo: target.repo, check_run_id: id, status: "completed", conclusion: result.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
  try {
    await client.rest.checks.update({ ...completion, output: output(result, last) });
  } catch (error2) {
    if (httpStatus(error2) === 404) throw error2;
    const refused = httpStatus(error2) === 422 ? "GitHub refused the summary of" : "could not complete";
    log.warn(`dualrun: ${refused} check run ${id} (${describeHttpError(error2)}); completing it with a short summary`);
    await client.rest.checks.update({ ...completion, output: output(result, void 0, result.fallbackSummary) });
  }
}
async function completeCheckRun(client, target, run2, result, log) {
  const batches = annotationBatches(result.annotations);
  try {
    const sent = await appendAnnotations(client, target, run2.id, result, batches.slice(0, -1), log);
    const allBefore = sent === batches.slice(0, -1).reduce((n, b) => n + b.length, 0);
    await sendCompletion(client, target, run2.id, result, allBefore ? batches.at(-1) : void 0, log);
    return run2;
  } catch (error2) {
    if (httpStatus(error2) !== 404) throw error2;
    log.warn(`dualrun: check run ${run2.id} cannot be updated (${describeHttpError(error2)}); creating a completed one in its place`);
    return createCompletedCheckRun(client, target, result, batches, log);
  }
}
async function createCompletedCheckRun(client, target, result, batches, log) {
  const created = await createOnce(
    async () => {
      const { data } = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: target.name,
        head_sha: target.headSha,
        external_id: target.externalId,
        status: "completed",
        conclusion: result.conclusion,
        completed_at: (/* @__PURE__ */ new Date()).toISOString(),
        output: output(result, batches[0]),
        ...SEND_ONCE
      });
      return { id: data.id, url: data.html_url ?? void 0 };
    },
    () => findCheckRun(client, target, true),
    retryLine("creating the completed check run", log)
  );
  await appendAnnotations(client, target, created.id, result, batches.slice(1), log);
  return created;
}

// src/action/comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function commentMarker(commentKey) {
  return `<!-- dualrun:comment key=${markerKey(commentKey)} -->
`;
}
function runMarker(runId, runAttempt, job) {
  return `<!-- dualrun:run ${markerKey(`${runId}.${runAttempt}.${job}`)} -->
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
    if (mine) return { id: mine.id, body: mine.body ?? "", url: mine.html_url };
  }
  return void 0;
}
async function writeComment(client, target, body, mode, marker, onRetry) {
  const where = { owner: target.owner, repo: target.repo };
  let login;
  const me = async () => login ??= await ownLogin(client);
  if (mode === "update" /* Update */) {
    const existing = await findStickyComment(client, target, marker, await me());
    if (existing && existing.body === body) return { id: existing.id, url: existing.url, action: "unchanged" };
    if (existing) {
      try {
        const { data } = await client.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, action: "updated" };
      } catch (error2) {
        if (httpStatus(error2) !== 404) throw error2;
      }
    }
  }
  return createOnce(
    async () => {
      const { data } = await client.rest.issues.createComment({ ...where, issue_number: target.issueNumber, body, ...SEND_ONCE });
      return { id: data.id, url: data.html_url, action: "created" };
    },
    async () => {
      const found = await findStickyComment(client, target, marker, await me());
      return found && { id: found.id, url: found.url, action: "created" };
    },
    (error2, delayMs, looksFirst) => onRetry(createRetryLine("creating the pull request comment", error2, delayMs, looksFirst))
  );
}
async function findPullRequestByHead(client, owner, repo, head) {
  const { data } = await client.rest.pulls.list({ owner, repo, state: "open", head: `${head.owner}:${head.branch}`, per_page: COMMENTS_PER_PAGE });
  return data.find((pr) => pr.head.sha === head.sha)?.number;
}

// src/action/context.ts
import { readFileSync } from "node:fs";
var READ_ONLY_FORK_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_review", "pull_request_review_comment"]);
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
  const pr = payload.pull_request;
  const eventName = env["GITHUB_EVENT_NAME"] ?? "";
  const headRepo = pr?.head?.repo?.full_name;
  const baseRepo = pr?.base?.repo?.full_name ?? `${owner}/${repo}`;
  return {
    eventName,
    repo: { owner, repo },
    runId: Number(env["GITHUB_RUN_ID"] ?? 0),
    runAttempt: Number(env["GITHUB_RUN_ATTEMPT"] ?? 1) || 1,
    job: env["GITHUB_JOB"] ?? "",
    serverUrl: (env["GITHUB_SERVER_URL"] ?? "https://github.com").replace(/\/+$/, ""),
    // A deleted fork leaves head.repo null: still not the base repository. pull_request_target runs with the base's token.
    fromFork: READ_ONLY_FORK_EVENTS.has(eventName) && pr !== void 0 && (pr.head?.repo === null || headRepo !== void 0 && headRepo.toLowerCase() !== baseRepo.toLowerCase()),
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
function setReportOutputs(write, report, files) {
  write("verdict" /* Verdict */, report.verdict);
  write("findings" /* Findings */, String(report.counts.total));
  write("errors" /* Errors */, String(report.counts.errors));
  write("warnings" /* Warnings */, String(report.counts.warnings));
  write("report" /* Report */, files.json);
  write("markdown" /* Markdown */, files.markdown);
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
    stats: []
  });
}

// src/action/main.ts
var REPORT_ARTIFACT = "dualrun-report";
async function bestEffort(what, permission, fromFork, publish2) {
  try {
    return await publish2();
  } catch (error2) {
    warning(redact(`dualrun could not ${what}: ${describeHttpError(error2)}${failureHint(error2, permission, fromFork)}`));
    return void 0;
  }
}
var CHECK_RUN_LOG = { retry: (message) => info(redact(message)), warn: (message) => warning(redact(message)) };
async function acquire(source, side2, inputs, context, runnerTemp) {
  if (source.kind === "path") return { side: side2, label: source.label, path: source.path };
  const request = {
    name: source.name,
    repository: source.runId === void 0 ? context.repo : inputs.repository,
    token: inputs.token,
    currentRunId: context.runId,
    ...source.runId !== void 0 && { runId: source.runId }
  };
  const settings = {
    deadlineMs: inputs.downloadTimeoutMs,
    requestTimeoutMs: apiTimeoutMs(),
    progressIntervalMs: progressIntervalMs(),
    policy: retryPolicy(),
    log: (message) => info(redact(`dualrun: ${side2} artifact ${source.name}: ${message}`))
  };
  try {
    return { side: side2, label: source.label, path: await downloadRunDir(request, runnerTemp, side2, inputs.runDir, inputs.limits, settings) };
  } catch (error2) {
    if (!(error2 instanceof ArtifactError)) throw error2;
    return { side: side2, label: source.label, source: `artifact ${source.name} in ${describeSource(request)}`, error: error2 };
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
function failureCheckResult(text) {
  return { conclusion: "failure", title: "dualrun could not compare", summary: text, fallbackSummary: shortenTo(text, { maxSize: 1e3, measure: utf8Bytes }), annotations: [] };
}
function checkRunResult(report, inputs, reportName, artifactUrl) {
  const { annotations, omitted } = renderAnnotations(report, {
    maxAnnotations: ANNOTATIONS_MAX_TOTAL,
    title: { maxSize: ANNOTATION_TITLE_MAX_CHARS },
    message: { maxSize: ANNOTATION_MESSAGE_MAX_BYTES, measure: utf8Bytes }
  });
  const note = omitted > 0 ? `
${omitted.toLocaleString("en-US")} more findings are not annotated (at most ${ANNOTATIONS_MAX_TOTAL.toLocaleString("en-US")} per check run).
` : "";
  const budget = { maxSize: CHECK_RUN_OUTPUT_MAX_BYTES - utf8Bytes(note), measure: utf8Bytes };
  const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget }) + note;
  const title = `${report.verdict}: ${report.counts.errors} errors, ${report.counts.warnings} warnings`.slice(0, CHECK_RUN_TITLE_MAX_CHARS);
  const fallbackSummary = `### dualrun: ${report.verdict.toUpperCase()}

${title}. GitHub refused the full summary; the job summary and the ${mdText(reportName, 80)} artifact hold the report.
`;
  return { conclusion: checkConclusion(report, inputs.failOn), title, summary, fallbackSummary, annotations };
}
function setCheckRunOutputs(check) {
  setOutput("check-run-id" /* CheckRunId */, String(check.id));
  if (check.url) setOutput("check-run-url" /* CheckRunUrl */, check.url);
}
async function publish(report, inputs, context, client, check, target, runnerTemp) {
  const files = await writeReportFiles(report, runnerTemp);
  setReportOutputs(setOutput, report, files);
  info(`dualrun: ${report.verdict} (${report.counts.errors} errors, ${report.counts.warnings} warnings); report: ${files.json}`);
  const fork = context.fromFork;
  const reportName = inputs.commentKey === "default" ? REPORT_ARTIFACT : `${REPORT_ARTIFACT}-${markerKey(inputs.commentKey)}`;
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
  const artifactId = process.env["ACTIONS_RUNTIME_TOKEN"] ? await bestEffort("upload the report artifact", "actions: read", fork, () => uploadReportArtifact(reportName, [files.json, files.markdown], files.folder)) : void 0;
  const artifactUrl = artifactId === void 0 ? void 0 : `${runUrl}/artifacts/${artifactId}`;
  const summaryFile = process.env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) {
    const maxSize = await jobSummaryBudget(summaryFile);
    const summary = renderMarkdownReport(report, { reportName, ...artifactUrl && { reportUrl: artifactUrl }, budget: { maxSize, measure: utf8Bytes } });
    try {
      await appendJobSummary(summaryFile, summary);
    } catch (error2) {
      warning(redact(`dualrun could not write the job summary: ${oneLine(error2)}`));
    }
  }
  if (client && inputs.comment !== "off" /* Off */) {
    const issueNumber = await bestEffort("find the pull request", "pull-requests: write", fork, () => pullRequestNumber(client, inputs, context));
    if (issueNumber === void 0) info(`dualrun: no pull request for this ${context.eventName} event (set pr-number); no comment written`);
    else {
      const mode = inputs.comment === "new" /* New */ ? "new" /* New */ : "update" /* Update */;
      const marker = commentMarker(inputs.commentKey) + (mode === "new" /* New */ ? runMarker(context.runId, context.runAttempt, context.job) : "");
      const body = renderMarkdownReport(report, { header: marker, reportName, reportUrl: `${runUrl}#artifacts`, budget: { maxSize: COMMENT_BODY_MAX_CHARS } });
      const result = await bestEffort(
        "write the pull request comment",
        "pull-requests: write",
        fork,
        () => writeComment(client, { ...context.repo, issueNumber }, body, mode, marker, (message) => info(redact(`dualrun: ${message}`)))
      );
      if (result) {
        setOutput("comment-id" /* CommentId */, String(result.id));
        if (result.url) setOutput("comment-url" /* CommentUrl */, result.url);
        info(`dualrun: PR #${issueNumber} comment ${result.id} ${result.action}`);
      }
    }
  }
  if (client && check && target) {
    const result = checkRunResult(report, inputs, reportName, artifactUrl);
    const done = await bestEffort(`complete check run ${check.id}`, "checks: write", fork, () => completeCheckRun(client, target, check, result, CHECK_RUN_LOG));
    if (done) setCheckRunOutputs(done);
  }
}
function checkTarget(context, inputs) {
  return {
    owner: context.repo.owner,
    repo: context.repo.repo,
    name: inputs.checkName,
    headSha: context.headSha,
    externalId: checkRunExternalId(context.runId, context.runAttempt, context.job)
  };
}
async function run() {
  const runnerTemp = process.env["RUNNER_TEMP"] || tmpdir();
  let client;
  let context;
  let check;
  let target;
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
      const checkRunTarget = checkTarget(runContext, inputs);
      target = checkRunTarget;
      check = await bestEffort("create the check run", "checks: write", runContext.fromFork, () => startCheckRun(github, checkRunTarget, CHECK_RUN_LOG));
      if (check !== void 0) setCheckRunOutputs(check);
    }
    const [left, right] = await Promise.all([acquire(inputs.left, "left", inputs, context, runnerTemp), acquire(inputs.right, "right", inputs, context, runnerTemp)]);
    const report = await compareAcquired(left, right, inputs);
    await publish(report, inputs, context, client, check, target, runnerTemp);
    if (gateFails(report, inputs.failOn)) {
      setFailed(`dualrun: verdict ${report.verdict} with ${report.counts.errors} errors and ${report.counts.warnings} warnings (fail-on: ${inputs.failOn})`);
    }
  } catch (error2) {
    const message = redact(error2 instanceof UserError ? `dualrun: ${error2.message}` : `dualrun: unexpected error: ${oneLine(error2)}`);
    if (!(error2 instanceof UserError) && error2 instanceof Error && error2.stack) debug(redact(error2.stack));
    setOutput("verdict" /* Verdict */, "error");
    await reportFailure(message, client, context, check, target);
    setFailed(message);
  }
}
async function reportFailure(message, client, context, check, target) {
  const text = `### \u26D4 dualrun could not compare

${mdText(message, 2e3)}
`;
  try {
    await appendJobSummary(process.env["GITHUB_STEP_SUMMARY"], text);
  } catch (error2) {
    warning(redact(`dualrun could not write the job summary: ${oneLine(error2)}`));
  }
  if (client && context && check && target) {
    const github = client;
    const done = await bestEffort(`complete check run ${check.id}`, "checks: write", context.fromFork, () => completeCheckRun(github, target, check, failureCheckResult(text), CHECK_RUN_LOG));
    if (done) setCheckRunOutputs(done);
  }
}

// src/index.ts
await run();
