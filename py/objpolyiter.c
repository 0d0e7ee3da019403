// py/objpolyiter.c: two generic iterator types.
//
// mp_type_polymorph_iter: for iterators that are C structs whose first member is an
// mp_obj_polymorph_iter_t (py/obj.h); iternext calls the function stored in the object, so
// many small iterator kinds can share one type.
//
// The getitem iterator (mp_obj_new_getitem_iter): the old sequence protocol behind iter(obj)
// for objects with __getitem__ but no __iter__. It calls obj[0], obj[1], ... and ends at the
// first IndexError or StopIteration, which it swallows; any other exception propagates. Once
// exhausted it stays exhausted (obj is dropped).
#include "py/runtime.h"

static mp_obj_t it_self_getiter(mp_obj_t self_in) {
    return self_in;
}

static mp_obj_t polymorph_it_iternext(mp_obj_t self_in) {
    mp_obj_polymorph_iter_t *self = MP_OBJ_TO_PTR(self_in);
    return self->iternext(self_in);
}

const mp_obj_type_t mp_type_polymorph_iter = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_iterator,
    .getiter = it_self_getiter,
    .iternext = polymorph_it_iternext,
};

typedef struct _getitem_it_t {
    mp_obj_base_t base;
    mp_obj_t obj;      // MP_OBJ_NULL once exhausted
    mp_int_t index;
} getitem_it_t;

static mp_obj_t getitem_it_iternext(mp_obj_t self_in) {
    getitem_it_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->obj == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t value = mp_obj_subscr(self->obj, MP_OBJ_NEW_SMALL_INT(self->index), MP_OBJ_SENTINEL);
        nlr_pop();
        self->index++;
        return value;
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_exception_match(exc, &mp_type_IndexError)
            || mp_obj_exception_match(exc, &mp_type_StopIteration)) {
            self->obj = MP_OBJ_NULL;
            return MP_OBJ_STOP_ITERATION;
        }
        nlr_jump(nlr.ret_val);
    }
}

static const mp_obj_type_t getitem_iterator_type = {
    {&mp_type_type},
    .flags = MP_TYPE_FLAG_ITER_IS_GETITER,
    .name = MP_QSTR_iterator,
    .getiter = it_self_getiter,
    .iternext = getitem_it_iternext,
};

mp_obj_t mp_obj_new_getitem_iter(mp_obj_t obj) {
    getitem_it_t *it = m_new_obj(getitem_it_t);
    it->base.type = &getitem_iterator_type;
    it->obj = obj;
    it->index = 0;
    return MP_OBJ_FROM_PTR(it);
}
